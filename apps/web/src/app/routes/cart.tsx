import { LockOutlined, ShoppingCartOutlined } from '@ant-design/icons';
import Alert from 'antd/es/alert';
import Col from 'antd/es/col';
import Empty from 'antd/es/empty';
import Row from 'antd/es/row';
import Skeleton from 'antd/es/skeleton';
import Typography from 'antd/es/typography';
import { Link } from 'react-router-dom';
import { ApiErrorState } from '@/components/shared/api-error-state';
import { ButtonLink } from '@/components/shared/button-link';
import { CartLine } from '@/features/cart/components/cart-line';
import { DiscountForm } from '@/features/cart/components/discount-form';
import { cartTotals, OrderTotals } from '@/components/shared/order-totals';
import { useCart } from '@/features/cart/hooks/use-cart';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { queryError } from '@/lib/base-api';

/** /cart: the lines with quantities and remove, the discount code, the totals and the way to checkout. */
export function CartRoute() {
  useDocumentTitle('Your cart');
  const { data: cart, error, isLoading, refetch, hasCart, signedIn } = useCart();

  if (!hasCart || (cart && cart.items.length === 0)) {
    return (
      <div className="cart-page" data-testid="cart-page">
        <Typography.Title level={1} className="page-title">
          Your cart
        </Typography.Title>
        <div className="panel">
          <Empty image={<ShoppingCartOutlined className="cart-empty__icon" />} description="Your cart is empty." data-testid="cart-empty">
            <ButtonLink type="primary" to="/products">
              Browse products
            </ButtonLink>
            {!signedIn && (
              <p className="cart-empty__hint">
                Signed in before? <Link to="/sign-in?next=%2Fcart">Sign in</Link> to see your saved cart.
              </p>
            )}
          </Empty>
        </div>
      </div>
    );
  }
  if (isLoading) return <Skeleton active paragraph={{ rows: 6 }} data-testid="cart-loading" />;
  if (error || !cart) return <ApiErrorState error={queryError(error)} title="We could not load your cart" onRetry={() => refetch()} />;

  const unavailable = cart.items.filter((i) => i.unavailable !== null);
  return (
    <div className="cart-page" data-testid="cart-page">
      <Typography.Title level={1} className="page-title">
        Your cart{' '}
        <Typography.Text type="secondary" className="page-title__count" data-testid="cart-page-count">
          ({cart.item_count} {cart.item_count === 1 ? 'item' : 'items'})
        </Typography.Text>
      </Typography.Title>
      {unavailable.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={unavailable.length === 1 ? 'One item can no longer be bought' : `${unavailable.length} items can no longer be bought`}
          description="Remove the items marked Unavailable to check out."
          data-testid="cart-unavailable-alert"
        />
      )}
      <Row gutter={[24, 24]} align="top">
        <Col xs={24} lg={16}>
          <div className="panel">
            <ul className="cart-lines" aria-label="Items in your cart">
              {cart.items.map((item) => (
                <CartLine key={item.id} item={item} />
              ))}
            </ul>
          </div>
          <Link to="/products" className="cart-page__continue">
            ← Continue shopping
          </Link>
        </Col>
        <Col xs={24} lg={8}>
          <aside className="panel cart-summary" aria-labelledby="cart-summary-title">
            <Typography.Title level={2} id="cart-summary-title" className="panel__title">
              Order summary
            </Typography.Title>
            <DiscountForm cart={cart} />
            <OrderTotals totals={cartTotals(cart)} />
            <ButtonLink
              to="/checkout"
              type="primary"
              size="large"
              block
              icon={<LockOutlined />}
              disabled={unavailable.length > 0}
              data-testid="cart-checkout"
            >
              Checkout
            </ButtonLink>
          </aside>
        </Col>
      </Row>
    </div>
  );
}
