import type { ReactNode } from 'react';

/** Cart and account entry points, given by the app (the cart button, the sign-in link or the account menu). */
export function HeaderActions({ cart, account }: { cart: ReactNode; account: ReactNode }) {
  return (
    <div className="app-header__actions-list">
      {cart}
      {account}
    </div>
  );
}
