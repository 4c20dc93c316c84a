import { useSyncExternalStore } from 'react';

/** Phones: below 768px (the CSS's breakpoint too) they get drawers instead of sidebars. */
const PHONE_QUERY = '(max-width: 767.98px)';

function subscribe(onChange: () => void) {
  const query = window.matchMedia(PHONE_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

const isPhone = () => window.matchMedia(PHONE_QUERY).matches;

/** True on a phone-sized screen, following resizes and rotations. */
export function useIsMobile(): boolean {
  return useSyncExternalStore(subscribe, isPhone, () => false);
}
