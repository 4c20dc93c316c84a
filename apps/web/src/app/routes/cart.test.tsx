import { screen, waitFor, within } from '@testing-library/react';
import { customer, sessionBody, storedSession } from '@/testing/auth-fixtures';
import { errorBody, installFakeApi } from '@/testing/fake-api';
import { categories, keyboardDetail, listResponse, summary, variant } from '@/testing/fixtures';
import { renderApp } from '@/testing/render-app';
import { cartItem, withCart } from '@/testing/shop-fixtures';

/** The shop with a product page, a catalog and an in-memory cart. */
function shopApi(items = [] as Parameters<typeof withCart>[1], options: Parameters<typeof withCart>[2] = {}) {
  const product = keyboardDetail();
  const api = installFakeApi({
    'GET /categories': { body: { data: categories } },
    'GET /me': { body: { data: customer } },
    'GET /products/:slug': (_req, { slug }) =>
      slug === product.slug || slug === product.id
        ? { body: { data: product } }
        : { status: 404, body: errorBody('NOT_FOUND', 'Product not found') },
  });
  const cart = withCart(api, items, options);
  return { api, cart };
}

const cartButton = () => screen.getByTestId('cart-button');
const signedIn = { session: storedSession(customer) };

describe('adding to the cart', () => {
  it('from the product page: the chosen variant and quantity, a notification and the badge count', async () => {
    const { api } = shopApi();
    const { user, location } = renderApp('/products/keychron-k2?variant=v-red-ansi', signedIn);
    await screen.findByTestId('product-title');
    await waitFor(() => expect(cartButton()).toHaveAttribute('aria-label', 'Cart, 0 items'));

    const quantity = screen.getByTestId('add-to-cart-quantity');
    await user.clear(quantity);
    await user.type(quantity, '2');
    await user.click(screen.getByTestId('add-to-cart'));

    const notice = await screen.findByTestId('cart-added');
    expect(notice).toHaveTextContent('Added to cart');
    expect(notice).toHaveTextContent('2 × Keychron K2 Wireless (red / ANSI)');
    await waitFor(() => expect(cartButton()).toHaveAttribute('aria-label', 'Cart, 2 items'));
    expect(screen.getByTestId('cart-count')).toHaveAttribute('data-count', '2');
    expect(api.lastRequestTo('/cart/items')?.body).toEqual({ variant_id: 'v-red-ansi', quantity: 2 });
    expect(api.lastRequestTo('/cart/items')?.headers.authorization).toBe('Bearer access-u-ada');

    await user.click(within(notice).getByTestId('cart-added-view'));
    await waitFor(() => expect(location().pathname).toBe('/cart'));
    expect(await screen.findAllByTestId('cart-line')).toHaveLength(1);
  });

  it('says clearly when there is not enough stock (409 OUT_OF_STOCK)', async () => {
    shopApi([cartItem({ id: 'line-1', variant_id: 'v-red-ansi', quantity: 2 })], { stock: { 'v-red-ansi': 3 } });
    const { user } = renderApp('/products/keychron-k2?variant=v-red-ansi', signedIn);
    await screen.findByTestId('product-title');
    const quantity = screen.getByTestId('add-to-cart-quantity');
    await user.clear(quantity);
    await user.type(quantity, '2');
    await user.click(screen.getByTestId('add-to-cart'));

    const error = await screen.findByTestId('cart-add-error');
    expect(error).toHaveTextContent('Not enough stock for Keychron K2 Wireless (red / ANSI)');
    expect(error).toHaveTextContent('Only 3 available. Your cart already has 2.');
    expect(screen.queryByTestId('cart-added')).not.toBeInTheDocument();
    expect(cartButton()).toHaveAttribute('aria-label', 'Cart, 2 items');
  });

  it('gives a signed-out shopper a guest cart: the item goes in without signing in, the token kept in this browser', async () => {
    const { api } = shopApi();
    api.on('POST /carts', { status: 201, body: { data: { cart_token: 'guest-token-1', cart: {} } } });
    const { user, location } = renderApp('/products/keychron-k2');
    await screen.findByTestId('product-title');
    await user.click(screen.getByTestId('add-to-cart'));

    expect(await screen.findByTestId('cart-added')).toHaveTextContent('Added to cart');
    expect(location().pathname).toBe('/products/keychron-k2');
    expect(api.requestsTo('/carts')).toHaveLength(1);
    expect(api.lastRequestTo('/cart/items')?.headers['x-cart-token']).toBe('guest-token-1');
    expect(window.localStorage.getItem('devgear.cartToken')).toBe('guest-token-1');
  });

  it('does not offer an out-of-stock variant', async () => {
    shopApi();
    renderApp('/products/keychron-k2?variant=v-blue-ansi', signedIn);
    await screen.findByTestId('product-title');
    expect(screen.getByTestId('add-to-cart')).toBeDisabled();
    expect(screen.getByTestId('add-to-cart')).toHaveTextContent('Out of stock');
  });

  it('from a product card: one variant goes straight in, options are chosen in a dialog', async () => {
    const { api } = shopApi();
    const single = keyboardDetail({
      id: 'p-mouse',
      slug: 'mx-mouse',
      name: 'MX Mouse',
      variants: [variant({ id: 'v-mouse', options: {}, name: 'Default' })],
    });
    const cards = [summary({ id: 'p-mouse', slug: 'mx-mouse', name: 'MX Mouse' }), summary({ id: 'p-k2', slug: 'keychron-k2', name: 'Keychron K2 Wireless' })];
    api.on('GET /products', { body: listResponse(cards) });
    api.on('GET /products/:slug', (_req, { slug }) => ({ body: { data: slug === 'mx-mouse' ? single : keyboardDetail() } }));
    const { user } = renderApp('/products', signedIn);

    const [mouse, keyboard] = await screen.findAllByTestId('product-card');
    await user.click(within(mouse).getByTestId('quick-add'));
    expect(await screen.findByTestId('cart-added')).toHaveTextContent('1 × MX Mouse');
    expect(api.lastRequestTo('/cart/items')?.body).toEqual({ variant_id: 'v-mouse', quantity: 1 });

    await user.click(within(keyboard).getByTestId('quick-add'));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByTestId('quick-add-price')).toHaveTextContent('$79.99');
    await user.click(within(dialog).getByTestId('variant-option-switch-red'));
    expect(within(dialog).getByTestId('quick-add-price')).toHaveTextContent('$84.99');
    await user.click(within(dialog).getByTestId('add-to-cart'));
    await waitFor(() => expect(api.lastRequestTo('/cart/items')?.body).toEqual({ variant_id: 'v-red-ansi', quantity: 1 }));
    await waitFor(() => expect(cartButton()).toHaveAttribute('aria-label', 'Cart, 2 items'));
    await waitFor(() => expect(screen.queryByTestId('quick-add-modal')).not.toBeInTheDocument());
  });
});

describe('cart drawer', () => {
  it('opens from the header with the lines, totals, View cart and Checkout', async () => {
    shopApi([cartItem({ id: 'line-1', variant_id: 'v-brown-ansi', quantity: 1 }), cartItem({ id: 'line-2', variant_id: 'v-red-ansi', name: 'HHKB', unit_price: { amount: 2500, currency: 'USD' } })]);
    const { user, location } = renderApp('/', signedIn);
    await waitFor(() => expect(cartButton()).toHaveAttribute('aria-label', 'Cart, 2 items'));
    await user.click(cartButton());

    const drawer = await screen.findByRole('dialog');
    expect(within(drawer).getByText('Your cart (2 items)')).toBeInTheDocument();
    expect(within(drawer).getAllByTestId('cart-line')).toHaveLength(2);
    // Each line with its product picture (a sized, lazy thumbnail).
    const picture = within(within(drawer).getAllByTestId('cart-line')[0]).getByTestId('line-thumbnail');
    expect(picture).toHaveAttribute('alt', 'Keychron K2 from above');
    expect(picture).toHaveAttribute('loading', 'lazy');
    expect(within(drawer).getByTestId('totals-subtotal')).toHaveTextContent('$104.99');
    expect(within(drawer).getByTestId('totals-shipping')).toHaveTextContent('Free');
    expect(within(drawer).getByTestId('totals-total')).toHaveTextContent('$104.99');

    await user.click(within(drawer).getByTestId('cart-drawer-checkout'));
    await waitFor(() => expect(location().pathname).toBe('/checkout'));
  });

  it('shows a visitor without a cart an empty one, pointing to a saved cart in their account', async () => {
    shopApi();
    const { user } = renderApp('/');
    await user.click(cartButton());
    expect(await screen.findByTestId('cart-drawer-signed-out')).toHaveTextContent('Your cart is empty.');
  });
});

describe('cart page', () => {
  it('changes a quantity, shows the API refusing one, and keeps the totals right', async () => {
    const { api } = shopApi([cartItem({ id: 'line-1', variant_id: 'v-red-ansi', quantity: 1, unit_price: { amount: 3000, currency: 'USD' } })], {
      stock: { 'v-red-ansi': 3 },
    });
    const { user } = renderApp('/cart', signedIn);
    const line = await screen.findByTestId('cart-line');
    expect(screen.getByTestId('totals-subtotal')).toHaveTextContent('$30.00');
    expect(screen.getByTestId('totals-shipping')).toHaveTextContent('$9.99');
    expect(screen.getByTestId('totals-total')).toHaveTextContent('$39.99');

    const quantity = within(line).getByTestId('cart-line-quantity');
    await user.clear(quantity);
    await user.type(quantity, '5{Enter}');
    expect(await within(line).findByTestId('cart-line-error')).toHaveTextContent('Only 3 available.');
    await waitFor(() => expect(quantity).toHaveValue('1'));
    expect(api.lastRequestTo('/cart/items/line-1')?.body).toEqual({ quantity: 5 });

    await user.clear(quantity);
    await user.type(quantity, '3{Enter}');
    await waitFor(() => expect(screen.getByTestId('totals-subtotal')).toHaveTextContent('$90.00'));
    expect(within(line).queryByTestId('cart-line-error')).not.toBeInTheDocument();
    expect(within(line).getByTestId('cart-line-total')).toHaveTextContent('$90.00');
    expect(screen.getByTestId('totals-shipping')).toHaveTextContent('$9.99');
    expect(screen.getByTestId('totals-total')).toHaveTextContent('$99.99');
    expect(cartButton()).toHaveAttribute('aria-label', 'Cart, 3 items');
    expect(api.requestsTo('/cart/items/line-1').map((r) => r.body)).toEqual([{ quantity: 5 }, { quantity: 3 }]);
  });

  it('shows a refused discount code on its field, and an accepted one in the totals', async () => {
    const { api } = shopApi([cartItem({ id: 'line-1', variant_id: 'v-brown-ansi', quantity: 2, unit_price: { amount: 7999, currency: 'USD' } })]);
    const { user } = renderApp('/cart', signedIn);
    const input = await screen.findByLabelText('Discount code');

    await user.type(input, 'NOPE');
    await user.click(screen.getByTestId('discount-apply'));
    expect(await screen.findByTestId('field-error-code')).toHaveTextContent('Discount code NOPE does not exist');
    expect(screen.queryByTestId('totals-discount')).not.toBeInTheDocument();

    await user.clear(input);
    await user.type(input, 'save10');
    await user.click(screen.getByTestId('discount-apply'));
    expect(await screen.findByTestId('discount-code')).toHaveTextContent('SAVE10');
    expect(screen.getByTestId('totals-discount')).toHaveTextContent('−$16.00');
    expect(screen.getByText('Discount (SAVE10)')).toBeInTheDocument();
    expect(screen.getByTestId('totals-total')).toHaveTextContent('$143.98');
    expect(api.lastRequestTo('/cart/discount')?.body).toEqual({ code: 'save10' });

    await user.click(screen.getByTestId('discount-remove'));
    await waitFor(() => expect(screen.queryByTestId('totals-discount')).not.toBeInTheDocument());
    expect(screen.getByTestId('totals-total')).toHaveTextContent('$159.98');
  });

  it('removes a line with an undo that puts it back', async () => {
    const { api } = shopApi([
      cartItem({ id: 'line-1', variant_id: 'v-brown-ansi', quantity: 2 }),
      cartItem({ id: 'line-2', variant_id: 'v-red-ansi', name: 'HHKB' }),
    ]);
    const { user } = renderApp('/cart', signedIn);
    const [first] = await screen.findAllByTestId('cart-line');
    await user.click(within(first).getByTestId('cart-line-remove'));
    await waitFor(() => expect(screen.getAllByTestId('cart-line')).toHaveLength(1));
    expect(await screen.findByTestId('cart-removed')).toHaveTextContent('Removed Keychron K2 Wireless.');

    await user.click(screen.getByTestId('cart-undo-remove'));
    await waitFor(() => expect(screen.getAllByTestId('cart-line')).toHaveLength(2));
    expect(api.lastRequestTo('/cart/items')?.body).toEqual({ variant_id: 'v-brown-ansi', quantity: 2 });
  });

  it('flags lines that can no longer be bought and holds checkout back', async () => {
    shopApi([cartItem({ id: 'line-1', variant_id: 'v-brown-ansi' }), cartItem({ id: 'line-2', variant_id: 'v-gone', name: 'Old keycaps', unavailable: 'archived' })]);
    renderApp('/cart', signedIn);
    expect(await screen.findByTestId('cart-unavailable-alert')).toHaveTextContent('One item can no longer be bought');
    const gone = screen.getAllByTestId('cart-line')[1];
    expect(within(gone).getByTestId('cart-line-unavailable')).toHaveTextContent('This product is no longer sold.');
    expect(within(gone).getByTestId('cart-line-quantity')).toBeDisabled();
    expect(screen.getByTestId('cart-checkout')).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByTestId('cart-page-count')).toHaveTextContent('(1 item)');
  });

  it('shows an empty cart with the way back to the shop', async () => {
    shopApi();
    renderApp('/cart', signedIn);
    expect(await screen.findByTestId('cart-empty')).toHaveTextContent('Your cart is empty.');
    expect(screen.getByText('Browse products').closest('a')).toHaveAttribute('href', '/products');
  });
});
