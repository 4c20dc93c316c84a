import { ShoppingCartOutlined } from '@ant-design/icons';
import Breadcrumb from 'antd/es/breadcrumb';
import Empty from 'antd/es/empty';
import Skeleton from 'antd/es/skeleton';
import Typography from 'antd/es/typography';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { ApiErrorState } from '@/components/shared/api-error-state';
import { ButtonLink } from '@/components/shared/button-link';
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
      <Breadcrumb style={{ marginBottom: 8 }} items={[{ title: <Link to="/cart">Cart</Link> }, { title: 'Checkout' }]} />
      <Typography.Title level={1} className="page-title">
        Checkout
      </Typography.Title>
    </>
  );

  if (placed || cartLoading || addressesLoading) {
    return (
      <div className="checkout-page" data-testid="checkout-page">
        {heading}
        <Skeleton active paragraph={{ rows: 8 }} data-testid="checkout-loading" />
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
        <div className="panel">
          <Empty image={<ShoppingCartOutlined className="cart-empty__icon" />} description="Your cart is empty: there is nothing to check out yet." data-testid="checkout-empty">
            <ButtonLink type="primary" to="/products">
              Browse products
            </ButtonLink>
          </Empty>
        </div>
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
