import { lazy, Suspense, useEffect, useState } from 'react';
import { useLocation } from 'react-router-dom';
import { Badge, Button, CartIcon } from '@/ui';
import { useCart } from '../hooks/use-cart';

/** The drawer's code (lines, quantities, totals) loads the first time it opens. */
const CartDrawer = lazy(() => import('./cart-drawer').then((m) => ({ default: m.CartDrawer })));

/** The header's cart: a badge with the number of items, opening the cart drawer. */
export function CartButton() {
  const { data: cart } = useCart();
  const [open, setOpen] = useState(false);
  const [opened, setOpened] = useState(false);
  const { pathname } = useLocation();
  const count = cart?.item_count ?? 0;

  // Going to another page (a product, the cart, checkout) closes the drawer.
  useEffect(() => setOpen(false), [pathname]);

  return (
    <>
      <span data-testid="cart-count" data-count={count}>
        <Badge count={count}>
          <Button
            variant="text"
            size="large"
            icon={<CartIcon />}
            onClick={() => {
              setOpened(true);
              setOpen(true);
            }}
            aria-label={count === 1 ? 'Cart, 1 item' : `Cart, ${count} items`}
            aria-haspopup="dialog"
            className="header-icon-button"
            data-testid="cart-button"
          />
        </Badge>
      </span>
      {opened && (
        <Suspense fallback={null}>
          <CartDrawer open={open} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
