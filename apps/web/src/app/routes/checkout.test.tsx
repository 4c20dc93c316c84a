import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { AddressDto, PlaceOrderRequest } from '@devgear/contracts';
import { address, customer, shellRoutes, storedSession } from '@/testing/auth-fixtures';
import { errorBody, installFakeApi, type FakeHandler } from '@/testing/fake-api';
import { renderApp } from '@/testing/render-app';
import { cartItem, orderFromCart, withCart } from '@/testing/shop-fixtures';

const signedIn = { session: storedSession(customer) };
const declined = errorBody('PAYMENT_DECLINED', 'Payment declined: Your card was declined. Nothing was charged and your cart is unchanged.');

/**
 * A cart with one line, the address book and POST /orders: the Visa test card succeeds (and
 * empties the cart), the declined card is refused with 402.
 */
function checkoutApi(addresses: AddressDto[] = [address()]) {
  const api = installFakeApi({
    ...shellRoutes,
    'GET /me': { body: { data: customer } },
    'GET /me/addresses': { body: { data: addresses } },
  });
  const cart = withCart(api, [cartItem({ id: 'line-1', variant_id: 'v-brown-ansi', quantity: 2 })], { stock: { 'v-brown-ansi': 5 } });
  const placeOrder: FakeHandler = (req) => {
    const body = req.body as PlaceOrderRequest;
    if (body.payment_method === 'pm_card_chargeDeclined') return { status: 402, body: declined };
    const placed = orderFromCart(cart.current(), body);
    cart.clear();
    return { status: 201, body: { data: placed } };
  };
  api.on('POST /orders', placeOrder);
  api.on('GET /orders/:id', (_req, { id }) => ({ status: 404, body: errorBody('NOT_FOUND', `No order ${id}`) }));
  return { api, cart, placeOrder };
}

const orderPosts = (api: ReturnType<typeof checkoutApi>['api']) => api.requestsTo('/orders').filter((r) => r.method === 'POST');
const keyOf = (req: { headers: Record<string, string> }) => req.headers['idempotency-key'];

describe('checkout', () => {
  it('a declined card shows the error, keeps the cart and stays on the page; the next attempt has a new key', async () => {
    const { api } = checkoutApi();
    const { user, location } = renderApp('/checkout', signedIn);
    await screen.findByTestId('checkout-form');
    // The default saved address is chosen.
    expect(within(screen.getAllByTestId('address-option')[0].closest('label')!).getByRole('radio')).toBeChecked();
    expect(screen.queryByTestId('new-address-form')).not.toBeInTheDocument();

    // The order summary shows each line's picture.
    expect(within(screen.getByTestId('checkout-items')).getByTestId('line-thumbnail')).toHaveAttribute('alt', 'Keychron K2 from above');
    await user.click(screen.getByText('Declined card'));
    await user.click(screen.getByTestId('place-order'));

    const error = await screen.findByTestId('checkout-error');
    expect(error).toHaveTextContent('Your payment was declined');
    expect(error).toHaveTextContent('Nothing was charged and your cart is unchanged.');
    expect(location().pathname).toBe('/checkout');
    expect(within(screen.getByTestId('checkout-items')).getAllByTestId('order-item')).toHaveLength(1);
    expect(screen.getByTestId('cart-button')).toHaveAttribute('aria-label', 'Cart, 2 items');
    expect(screen.getByTestId('place-order')).toBeEnabled();

    const [first] = orderPosts(api);
    expect(keyOf(first)).toMatch(/^[0-9a-f-]{36}$/);
    expect(first.body).toEqual({
      shipping_address: { name: 'Ada Lovelace', line1: '12 St James Square', line2: null, city: 'London', state: null, postal_code: 'SW1Y 4JH', country: 'GB', phone: null },
      payment_method: 'pm_card_chargeDeclined',
    });

    // Another card: a new checkout, with a new key.
    await user.click(screen.getByText('Visa 4242 (succeeds)'));
    await user.click(screen.getByTestId('place-order'));
    await waitFor(() => expect(location().pathname).toBe('/orders/o-1/confirmation'));
    const posts = orderPosts(api);
    expect(posts).toHaveLength(2);
    expect(keyOf(posts[1])).not.toBe(keyOf(posts[0]));
  });

  it('a paid order goes to the confirmation, and the cart is loaded again (now empty)', async () => {
    const { api } = checkoutApi();
    const { user, location } = renderApp('/checkout', signedIn);
    await screen.findByTestId('checkout-form');
    expect(screen.getByTestId('totals-total')).toHaveTextContent('$159.98');
    const cartLoads = api.requestsTo('/cart').length;

    await user.click(screen.getByTestId('place-order'));
    await waitFor(() => expect(location().pathname).toBe('/orders/o-1/confirmation'));
    const confirmation = await screen.findByTestId('order-confirmation');
    expect(confirmation).toHaveTextContent('Thank you for your order!');
    expect(screen.getByTestId('confirmation-number')).toHaveTextContent('DG-1001');
    expect(within(confirmation).getByTestId('order-item')).toHaveTextContent('Keychron K2 Wireless');
    // Each line with its product picture.
    expect(within(confirmation).getByTestId('line-thumbnail')).toHaveAttribute('src', '/media/products/k2.webp');
    expect(within(confirmation).getByTestId('line-thumbnail')).toHaveAttribute('alt', 'Keychron K2 from above');
    expect(within(confirmation).getByTestId('totals-total')).toHaveTextContent('$159.98');
    expect(within(confirmation).getByTestId('shipping-address')).toHaveTextContent('12 St James Square');
    expect(screen.getByTestId('confirmation-view-order')).toHaveAttribute('href', '/orders/o-1');
    // Shown from the checkout's answer: no second request for the order.
    expect(api.requestsTo('/orders/o-1')).toHaveLength(0);

    await waitFor(() => expect(api.requestsTo('/cart').length).toBeGreaterThan(cartLoads));
    await waitFor(() => expect(screen.getByTestId('cart-button')).toHaveAttribute('aria-label', 'Cart, 0 items'));
    expect(orderPosts(api)).toHaveLength(1);
  });

  it('the Place order button cannot send the order twice', async () => {
    const { api, placeOrder } = checkoutApi();
    let answer: () => void = () => {};
    api.on('POST /orders', (req, params) => new Promise((resolve) => (answer = () => resolve(placeOrder(req, params)))));
    const { user, location } = renderApp('/checkout', signedIn);
    await screen.findByTestId('checkout-form');

    const button = screen.getByTestId('place-order');
    await user.click(button);
    await waitFor(() => expect(button).toHaveAttribute('aria-busy', 'true'));
    expect(button).toHaveTextContent('Placing your order…');
    await user.click(button);
    await user.dblClick(button);
    // Enter in a field submits the form without the button.
    fireEvent.submit(screen.getByTestId('checkout-form'));
    expect(orderPosts(api)).toHaveLength(1);

    answer();
    await waitFor(() => expect(location().pathname).toBe('/orders/o-1/confirmation'));
    expect(orderPosts(api)).toHaveLength(1);
  });

  it('after a network failure the same order is retried with the same key; a change makes a new key', async () => {
    const { api, placeOrder } = checkoutApi();
    let failures = 2;
    api.on('POST /orders', (req, params) => (failures-- > 0 ? { networkError: true } : placeOrder(req, params)));
    const { user, location } = renderApp('/checkout', signedIn);
    await screen.findByTestId('checkout-form');

    await user.click(screen.getByTestId('place-order'));
    const error = await screen.findByTestId('checkout-error');
    expect(error).toHaveTextContent('We could not reach the store');
    expect(error).toHaveTextContent('you will not be charged twice');

    await user.click(screen.getByTestId('place-order'));
    await waitFor(() => expect(orderPosts(api)).toHaveLength(2));
    await screen.findByTestId('checkout-error');
    const [first, second] = orderPosts(api);
    expect(keyOf(second)).toBe(keyOf(first));

    // The customer changes something: that is another checkout.
    await user.click(screen.getByText('Declined card'));
    await user.click(screen.getByText('Visa 4242 (succeeds)'));
    await user.click(screen.getByTestId('place-order'));
    await waitFor(() => expect(location().pathname).toBe('/orders/o-1/confirmation'));
    const third = orderPosts(api)[2];
    expect(keyOf(third)).not.toBe(keyOf(first));
    expect(third.body).toEqual(first.body);
  });

  it('a new address is checked by the form, and the API naming a field puts the problem on it', async () => {
    const { api } = checkoutApi([]);
    api.on('POST /orders', {
      status: 400,
      body: errorBody('VALIDATION_ERROR', 'Invalid checkout', { 'shipping_address.postal_code': ['is not a valid postal code for US'] }),
    });
    const { user, location } = renderApp('/checkout', signedIn);
    const form = await screen.findByTestId('new-address-form');

    await user.click(screen.getByTestId('place-order'));
    expect(await screen.findByTestId('field-error-shipping_address.name')).toHaveTextContent('Full name is required');
    expect(screen.getByTestId('field-error-shipping_address.country')).toHaveTextContent('Country is required');
    expect(orderPosts(api)).toHaveLength(0);

    await user.type(within(form).getByLabelText('Full name'), 'Ada Lovelace');
    await user.type(within(form).getByLabelText('Address line 1'), '1 Infinite Loop');
    await user.type(within(form).getByLabelText('City'), 'Cupertino');
    await user.type(within(form).getByLabelText('State / region'), 'CA');
    await user.type(within(form).getByLabelText('Postal code'), '0');
    // The country is chosen by name from the ISO list.
    await user.selectOptions(within(form).getByLabelText('Country'), 'United States');
    expect(within(form).getByLabelText('Country')).toHaveValue('US');
    await user.type(within(form).getByLabelText('Phone'), 'call me');
    await user.click(screen.getByTestId('place-order'));
    // A phone that is no phone number is refused before asking the API.
    expect(await screen.findByTestId('field-error-shipping_address.phone')).toHaveTextContent('Phone must be a phone number of 5 to 15 digits');
    expect(orderPosts(api)).toHaveLength(0);
    await user.clear(within(form).getByLabelText('Phone'));
    await user.type(within(form).getByLabelText('Phone'), '+1 408 555 0100');
    await user.click(screen.getByTestId('place-order'));

    expect(await screen.findByTestId('field-error-shipping_address.postal_code')).toHaveTextContent(
      'Postal code is not a valid postal code for US',
    );
    expect(screen.queryByTestId('checkout-error')).not.toBeInTheDocument();
    expect(location().pathname).toBe('/checkout');
    expect(orderPosts(api)[0].body).toEqual({
      shipping_address: { name: 'Ada Lovelace', line1: '1 Infinite Loop', line2: null, city: 'Cupertino', state: 'CA', postal_code: '0', country: 'US', phone: '+1 408 555 0100' },
      payment_method: 'pm_card_visa',
    });
  });

  it('names the items that ran out (409 OUT_OF_STOCK) and loads the cart again', async () => {
    const { api } = checkoutApi();
    api.on('POST /orders', {
      status: 409,
      body: errorBody('OUT_OF_STOCK', 'Not enough stock: v-brown-ansi (only 1 available)', { 'v-brown-ansi': ['only 1 available'] }),
    });
    const { user } = renderApp('/checkout', signedIn);
    await screen.findByTestId('checkout-form');
    const cartLoads = api.requestsTo('/cart').length;
    await user.click(screen.getByTestId('place-order'));

    const error = await screen.findByTestId('checkout-error');
    expect(error).toHaveTextContent('Some items are no longer available in the quantity you chose');
    expect(error).toHaveTextContent('Keychron K2 Wireless: only 1 available');
    expect(within(error).getByTestId('checkout-error-cart-link')).toHaveAttribute('href', '/cart');
    await waitFor(() => expect(api.requestsTo('/cart').length).toBeGreaterThan(cartLoads));
  });

  it('with an empty cart there is nothing to place', async () => {
    const { api, cart } = checkoutApi();
    cart.clear();
    renderApp('/checkout', signedIn);
    expect(await screen.findByTestId('checkout-empty')).toHaveTextContent('Your cart is empty');
    expect(screen.queryByTestId('place-order')).not.toBeInTheDocument();
    expect(orderPosts(api)).toHaveLength(0);
  });

  it('is for signed-in customers only', async () => {
    checkoutApi();
    const { location } = renderApp('/checkout');
    await waitFor(() => expect(location().pathname).toBe('/sign-in'));
    expect(location().search).toBe(`?next=${encodeURIComponent('/checkout')}`);
  });
});
