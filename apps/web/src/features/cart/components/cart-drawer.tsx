import { ShoppingCartOutlined } from '@ant-design/icons';
import Alert from 'antd/es/alert';
import Drawer from 'antd/es/drawer';
import Empty from 'antd/es/empty';
import Skeleton from 'antd/es/skeleton';
import Space from 'antd/es/space';
import { useLocation } from 'react-router-dom';
import { ApiErrorState } from '@/components/shared/api-error-state';
import { ButtonLink } from '@/components/shared/button-link';
import { signInHref } from '@/lib/redirects';
import { queryError } from '@/lib/base-api';
import { useCart } from '../hooks/use-cart';
import { CartLine } from './cart-line';
import { cartTotals, OrderTotals } from '@/components/shared/order-totals';

interface CartDrawerProps {
  open: boolean;
  onClose: () => void;
}

/** The cart at a glance from the header: lines with quantity and remove, totals, View cart and Checkout. */
export function CartDrawer({ open, onClose }: CartDrawerProps) {
  const { data: cart, error, isLoading, refetch, hasCart } = useCart();
  const location = useLocation();
  const count = cart?.item_count ?? 0;
  const blocked = cart?.items.some((i) => i.unavailable !== null) ?? false;

  let body;
  if (!hasCart) {
    body = (
      <Empty image={<ShoppingCartOutlined className="cart-empty__icon" />} description="Your cart is empty. Signed in before? Your saved cart is in your account." data-testid="cart-drawer-signed-out">
        <ButtonLink type="primary" to={signInHref(location)} onClick={onClose}>
          Sign in
        </ButtonLink>
      </Empty>
    );
  } else if (isLoading) {
    body = <Skeleton active />;
  } else if (error || !cart) {
    body = <ApiErrorState error={queryError(error)} title="We could not load your cart" onRetry={() => refetch()} />;
  } else if (cart.items.length === 0) {
    body = (
      <Empty image={<ShoppingCartOutlined className="cart-empty__icon" />} description="Your cart is empty." data-testid="cart-drawer-empty">
        <ButtonLink type="primary" to="/products" onClick={onClose}>
          Browse products
        </ButtonLink>
      </Empty>
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
        {blocked && (
          <Alert type="warning" showIcon title="Remove the unavailable items to check out." style={{ marginBottom: 12 }} />
        )}
        <OrderTotals totals={cartTotals(cart)} compact />
        <Space.Compact block className="cart-drawer__actions">
          <ButtonLink to="/cart" onClick={onClose} block data-testid="cart-drawer-view">
            View cart
          </ButtonLink>
          <ButtonLink to="/checkout" type="primary" onClick={onClose} block disabled={blocked} data-testid="cart-drawer-checkout">
            Checkout
          </ButtonLink>
        </Space.Compact>
      </div>
    ) : null;

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={count > 0 ? `Your cart (${count} ${count === 1 ? 'item' : 'items'})` : 'Your cart'}
      placement="right"
      size={420}
      // Closed, it leaves nothing behind (no second set of cart lines next to the cart page's).
      destroyOnHidden
      footer={footer}
      className="cart-drawer"
      data-testid="cart-drawer"
    >
      {body}
    </Drawer>
  );
}
