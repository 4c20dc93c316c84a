import { Link } from 'react-router-dom';
import { Alert, ButtonLink, Skeleton } from '@/ui';
import { OrderEmptyCart } from '@/components/shared/order-empty-cart';
import { ApiErrorState } from '@/components/shared/api-error-state';
import { CartLine } from '@/features/cart/components/cart-line';
import { DiscountForm } from '@/features/cart/components/discount-form';
import { cartTotals, OrderTotals } from '@/components/shared/order-totals';
import { useCart } from '@/features/cart/hooks/use-cart';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { queryError } from '@/lib/base-api';
import '../../components/form/forms.css';

/** /cart: the lines with quantities and remove, the discount code, the totals and the way to checkout. */
export function CartRoute() {
  useDocumentTitle('Your cart');
  const { data: cart, error, isLoading, refetch, hasCart, signedIn } = useCart();

  if (!hasCart || (cart && cart.items.length === 0)) {
    return (
      <div className="cart-page" data-testid="cart-page">
        <h1 className="page-title">Your cart</h1>
        <OrderEmptyCart description="Your cart is empty." testId="cart-empty">
          <ButtonLink variant="primary" to="/products">
            Browse products
          </ButtonLink>
          {!signedIn && (
            <p className="cart-empty__hint">
              Signed in before? <Link to="/sign-in?next=%2Fcart">Sign in</Link> to see your saved cart.
            </p>
          )}
        </OrderEmptyCart>
      </div>
    );
  }
  if (isLoading) {
    return (
      <div data-testid="cart-loading">
        <Skeleton lines={6} title label="Loading your cart…" />
      </div>
    );
  }
  if (error || !cart) return <ApiErrorState error={queryError(error)} title="We could not load your cart" onRetry={() => refetch()} />;

  const unavailable = cart.items.filter((i) => i.unavailable !== null);
  return (
    <div className="cart-page" data-testid="cart-page">
      <h1 className="page-title">
        Your cart{' '}
        <span className="page-title__count" data-testid="cart-page-count">
          ({cart.item_count} {cart.item_count === 1 ? 'item' : 'items'})
        </span>
      </h1>
      {unavailable.length > 0 && (
        <Alert
          type="warning"
          className="form-error"
          title={unavailable.length === 1 ? 'One item can no longer be bought' : `${unavailable.length} items can no longer be bought`}
          description="Remove the items marked Unavailable to check out."
          data-testid="cart-unavailable-alert"
        />
      )}
      <div className="checkout-layout cart-layout">
        <div>
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
        </div>
        <aside className="panel cart-summary" aria-labelledby="cart-summary-title">
          <h2 id="cart-summary-title" className="panel__title">
            Order summary
          </h2>
          <DiscountForm cart={cart} />
          <OrderTotals totals={cartTotals(cart)} />
          {unavailable.length > 0 ? (
            <span className="ui-btn ui-btn--primary ui-btn--large ui-btn--block" aria-disabled="true" data-testid="cart-checkout">
              Checkout
            </span>
          ) : (
            <ButtonLink to="/checkout" variant="primary" size="large" block data-testid="cart-checkout">
              Checkout
            </ButtonLink>
          )}
        </aside>
      </div>
    </div>
  );
}
