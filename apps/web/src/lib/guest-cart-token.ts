import { useSyncExternalStore } from 'react';

/**
 * The guest cart token (CONTRACT.md "Cart": POST /carts), kept in this browser's localStorage
 * so a visitor's cart survives reloads without an account. The HTTP client sends it as
 * `X-Cart-Token` on the /cart routes; once a request carried it together with a signed-in
 * user's token, the server has merged that cart into the account and the token is dropped.
 */
export const GUEST_CART_TOKEN_KEY = 'devgear.cartToken';
const listeners = new Set<() => void>();

function read(): string | null {
  try {
    return globalThis.localStorage?.getItem(GUEST_CART_TOKEN_KEY) ?? null;
  } catch {
    return null;
  }
}

let current = read();

function write(value: string | null): void {
  current = value;
  try {
    if (value) globalThis.localStorage?.setItem(GUEST_CART_TOKEN_KEY, value);
    else globalThis.localStorage?.removeItem(GUEST_CART_TOKEN_KEY);
  } catch {
    // Private mode without storage: the token lives as long as the page.
  }
  for (const l of listeners) l();
}

export const guestCartToken = {
  get: (): string | null => current,
  set: (token: string): void => write(token),
  clear: (): void => {
    if (current !== null) write(null);
  },
  /** Re-reads storage (another tab, or a test that reset it). */
  reload: (): void => write(read()),
};

/** The token as React state: components re-render when it is set or dropped. */
export function useGuestCartToken(): string | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}

/** The /cart routes (not /carts, which creates the token). */
export const isCartCall = (url: string | undefined) => /^\/?cart(\/|\?|$)/.test(url ?? '');
