import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Breadcrumb, ButtonLink, Skeleton } from '@/ui';
import { OrderEmptyCart } from '@/components/shared/order-empty-cart';
import { ApiErrorState } from '@/components/shared/api-error-state';
import { useListAddressesQuery } from '@/api/addresses-api';
import { useCart } from '@/features/cart/hooks/use-cart';
import { CheckoutForm } from '@/features/orders/components/checkout-form';
import { orderConfirmationHref } from '@/features/orders/lib/order-links';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { queryError } from '@/lib/base-api';

/** /checkout: address, payment and the order summary; a placed order goes on to its confirmation. */
export function CheckoutRoute() {
  useDocumentTitle('Checkout');
  const navigate = useNavigate();
  const { data: cart, error: cartError, isLoading: cartLoading, refetch: refetchCart } = useCart();
  const { data: addresses, error: addressesError, isLoading: addressesLoading, refetch: refetchAddresses } = useListAddressesQuery();
  // Once placed, the emptied cart must not flash "Your cart is empty" before the confirmation.
  const [placed, setPlaced] = useState(false);

  const heading = (
    <>
      <Breadcrumb items={[{ label: 'Cart', to: '/cart' }, { label: 'Checkout' }]} />
      <h1 className="page-title">Checkout</h1>
    </>
  );

  if (placed || cartLoading || addressesLoading) {
    return (
      <div className="checkout-page" data-testid="checkout-page">
        {heading}
        <div data-testid="checkout-loading">
          <Skeleton lines={8} label="Loading checkout…" />
        </div>
      </div>
    );
  }
  if (cartError || !cart) {
    return <ApiErrorState error={queryError(cartError)} title="We could not load your cart" onRetry={() => refetchCart()} />;
  }
  if (addressesError || !addresses) {
    return <ApiErrorState error={queryError(addressesError)} title="We could not load your addresses" onRetry={() => refetchAddresses()} />;
  }
  if (cart.items.length === 0) {
    return (
      <div className="checkout-page" data-testid="checkout-page">
        {heading}
        <OrderEmptyCart description="Your cart is empty: there is nothing to check out yet." testId="checkout-empty">
          <ButtonLink variant="primary" to="/products">
            Browse products
          </ButtonLink>
        </OrderEmptyCart>
      </div>
    );
  }

  return (
    <div className="checkout-page" data-testid="checkout-page">
      {heading}
      <CheckoutForm
        cart={cart}
        addresses={addresses}
        onStockChanged={() => void refetchCart()}
        onPlaced={(order) => {
          setPlaced(true);
          void navigate(orderConfirmationHref(order), { replace: true });
        }}
      />
    </div>
  );
}
