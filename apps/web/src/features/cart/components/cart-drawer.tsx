import '../../../components/form/forms.css';
import { useLocation } from 'react-router-dom';
import { Alert, ButtonLink, CartIcon, Drawer, Empty, Skeleton } from '@/ui';
import { ApiErrorState } from '@/components/shared/api-error-state';
import { signInHref } from '@/lib/redirects';
import { queryError } from '@/lib/base-api';
import { useCart } from '../hooks/use-cart';
import { CartLine } from './cart-line';
import { cartTotals, OrderTotals } from '@/components/shared/order-totals';

interface CartDrawerProps {
  open: boolean;
  onClose: () => void;
}

const cartIcon = (
  <span className="cart-empty__icon">
    <CartIcon />
  </span>
);

/** The cart at a glance from the header: lines with quantity and remove, totals, View cart and Checkout. */
export function CartDrawer({ open, onClose }: CartDrawerProps) {
  const { data: cart, error, isLoading, refetch, hasCart } = useCart();
  const location = useLocation();
  const count = cart?.item_count ?? 0;
  const blocked = cart?.items.some((i) => i.unavailable !== null) ?? false;

  let body;
  if (!hasCart) {
    body = (
      <div data-testid="cart-drawer-signed-out">
        <Empty icon={cartIcon} description="Your cart is empty. Signed in before? Your saved cart is in your account.">
          <ButtonLink variant="primary" to={signInHref(location)} onClick={onClose}>
            Sign in
          </ButtonLink>
        </Empty>
      </div>
    );
  } else if (isLoading) {
    body = <Skeleton lines={4} label="Loading your cart…" />;
  } else if (error || !cart) {
    body = <ApiErrorState error={queryError(error)} title="We could not load your cart" onRetry={() => refetch()} />;
  } else if (cart.items.length === 0) {
    body = (
      <div data-testid="cart-drawer-empty">
        <Empty icon={cartIcon} description="Your cart is empty.">
          <ButtonLink variant="primary" to="/products" onClick={onClose}>
            Browse products
          </ButtonLink>
        </Empty>
      </div>
    );
  } else {
    body = (
      <ul className="cart-lines" aria-label="Items in your cart">
        {cart.items.map((item) => (
          <CartLine key={item.id} item={item} compact onNavigate={onClose} />
        ))}
      </ul>
    );
  }

  const footer =
    hasCart && cart && cart.items.length > 0 ? (
      <div className="cart-drawer__footer">
        {blocked && <Alert type="warning" title="Remove the unavailable items to check out." />}
        <OrderTotals totals={cartTotals(cart)} compact />
        <div className="button-row cart-drawer__actions">
          <ButtonLink to="/cart" onClick={onClose} block data-testid="cart-drawer-view">
            View cart
          </ButtonLink>
          {blocked ? (
            <span className="ui-btn ui-btn--primary ui-btn--block" aria-disabled="true" data-testid="cart-drawer-checkout">
              Checkout
            </span>
          ) : (
            <ButtonLink to="/checkout" variant="primary" onClick={onClose} block data-testid="cart-drawer-checkout">
              Checkout
            </ButtonLink>
          )}
        </div>
      </div>
    ) : null;

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={count > 0 ? `Your cart (${count} ${count === 1 ? 'item' : 'items'})` : 'Your cart'}
      placement="right"
      width={420}
      footer={footer}
      className="cart-drawer"
      data-testid="cart-drawer"
    >
      {body}
    </Drawer>
  );
}
