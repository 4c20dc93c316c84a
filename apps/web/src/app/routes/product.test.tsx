import { screen, waitFor, within } from '@testing-library/react';
import { errorBody, installFakeApi } from '@/testing/fake-api';
import { categories, keyboardDetail } from '@/testing/fixtures';
import { renderApp } from '@/testing/render-app';

function productApi(product = keyboardDetail()) {
  return installFakeApi({
    'GET /categories': { body: { data: categories } },
    'GET /products/:slug': (_req, { slug }) =>
      slug === product.slug || slug === product.id
        ? { body: { data: product } }
        : { status: 404, body: errorBody('NOT_FOUND', 'Product not found') },
  });
}

const option = (key: string, value: string) => screen.getByTestId(`variant-option-${key}-${value}`);
/** The radio input behind an option button. */
const radio = (key: string, value: string) => option(key, value).closest('label')!.querySelector('input')!;

describe('product page', () => {
  it('shows the product with the first variant in stock', async () => {
    const api = productApi();
    renderApp('/products/keychron-k2');
    expect(await screen.findByTestId('product-title')).toHaveTextContent('Keychron K2 Wireless');
    expect(api.lastRequestTo('/products/keychron-k2')).toBeDefined();
    expect(screen.getByTestId('product-price')).toHaveTextContent('$79.99');
    expect(screen.getByTestId('product-sku')).toHaveTextContent('SKU-V-BROWN-ANSI');
    expect(screen.getByTestId('stock-state')).toHaveTextContent('In stock');
    expect(screen.getByText('Keychron')).toBeInTheDocument();
    expect(screen.getByLabelText('Rated 4.6 out of 5 from 128 reviews')).toBeInTheDocument();
    expect(radio('switch', 'brown')).toBeChecked();
    expect(radio('layout', 'ANSI')).toBeChecked();
    expect(document.title).toBe('Keychron K2 Wireless — DevGear');
  });

  it('picking another variant updates price, SKU, stock and the URL', async () => {
    productApi();
    const { user, search } = renderApp('/products/keychron-k2');
    await screen.findByTestId('product-title');

    await user.click(option('switch', 'red'));
    await waitFor(() => expect(screen.getByTestId('product-price')).toHaveTextContent('$84.99'));
    expect(screen.getByTestId('product-sku')).toHaveTextContent('SKU-V-RED-ANSI');
    expect(screen.getByTestId('stock-state')).toHaveTextContent('Only 3 left');
    expect(search().get('variant')).toBe('v-red-ansi');

    await user.click(option('switch', 'blue'));
    await waitFor(() => expect(screen.getByTestId('stock-state')).toHaveTextContent('Out of stock'));
    expect(screen.getByTestId('product-price')).toHaveTextContent('$79.99');
    expect(search().get('variant')).toBe('v-blue-ansi');
  });

  it('disables combinations that do not exist, and moves to one that does', async () => {
    productApi();
    const { user, search } = renderApp('/products/keychron-k2?variant=v-brown-iso');
    await screen.findByTestId('product-title');
    expect(screen.getByTestId('product-price')).toHaveTextContent('$89.99');
    expect(radio('layout', 'ISO')).toBeChecked();
    expect(radio('layout', 'ISO')).toBeEnabled();

    // Red only comes in ANSI: choosing red from brown ISO lands on red ANSI.
    await user.click(option('switch', 'red'));
    await waitFor(() => expect(search().get('variant')).toBe('v-red-ansi'));
    expect(radio('layout', 'ANSI')).toBeChecked();
    expect(radio('layout', 'ISO')).toBeDisabled();
    expect(screen.getByTestId('product-sku')).toHaveTextContent('SKU-V-RED-ANSI');

    // A disabled option cannot be chosen.
    await user.click(option('layout', 'ISO'));
    expect(search().get('variant')).toBe('v-red-ansi');
  });

  it('opens on the variant named in the URL', async () => {
    productApi();
    renderApp('/products/keychron-k2?variant=v-red-ansi');
    await screen.findByTestId('product-title');
    expect(screen.getByTestId('product-price')).toHaveTextContent('$84.99');
    expect(radio('switch', 'red')).toBeChecked();
  });

  it('shows description, specifications with units, and the image gallery', async () => {
    productApi();
    const { user } = renderApp('/products/keychron-k2');
    await screen.findByTestId('product-title');
    expect(screen.getByTestId('product-description')).toHaveTextContent('A compact 75% wireless mechanical keyboard.');
    const specs = screen.getByTestId('specs-table');
    expect(within(specs).getByText('Weight').closest('tr')).toHaveTextContent('663 g');
    expect(within(specs).getByText('Connectivity').closest('tr')).toHaveTextContent('Bluetooth 5.1, USB-C');

    const gallery = screen.getByTestId('product-gallery');
    const main = () => gallery.querySelector('.gallery__main img')!;
    expect(main()).toHaveAttribute('src', '/media/k2-1.png');
    const thumbs = within(gallery).getAllByTestId('gallery-thumb');
    expect(thumbs).toHaveLength(2);
    await user.click(thumbs[1]);
    expect(main()).toHaveAttribute('src', '/media/k2-2.png');
    expect(main()).toHaveAttribute('alt', 'Keychron K2 side');
    expect(thumbs[1]).toHaveAttribute('aria-pressed', 'true');
  });

  it('offers "Add to cart" for a variant in stock, with a quantity up to what is available', async () => {
    productApi();
    const { user } = renderApp('/products/keychron-k2?variant=v-red-ansi');
    await screen.findByTestId('product-title');
    expect(screen.getByTestId('add-to-cart')).toBeEnabled();
    const quantity = screen.getByTestId('add-to-cart-quantity');
    expect(quantity).toHaveAttribute('aria-valuemax', '3');
    await user.click(option('switch', 'blue'));
    await waitFor(() => expect(screen.getByTestId('add-to-cart')).toBeDisabled());
    expect(screen.getByTestId('add-to-cart')).toHaveTextContent('Out of stock');
  });

  it('shows a friendly not-found page for an unknown product', async () => {
    productApi();
    renderApp('/products/no-such-thing');
    expect(await screen.findByText('Product not found')).toBeInTheDocument();
    expect(screen.getByTestId('not-found')).toBeInTheDocument();
    expect(screen.getByText('Browse all products').closest('a')).toHaveAttribute('href', '/products');
    // The shop's header is still there to carry on.
    expect(screen.getByTestId('search-input')).toBeInTheDocument();
  });

  it('shows other failures with a retry', async () => {
    let calls = 0;
    installFakeApi({
      'GET /categories': { body: { data: categories } },
      'GET /products/:slug': () => {
        calls += 1;
        return calls === 1 ? { status: 500, body: errorBody('INTERNAL', 'Unexpected error') } : { body: { data: keyboardDetail() } };
      },
    });
    const { user } = renderApp('/products/keychron-k2');
    expect(await screen.findByText('We could not load this product')).toBeInTheDocument();
    await user.click(screen.getByTestId('retry-button'));
    expect(await screen.findByTestId('product-title')).toHaveTextContent('Keychron K2 Wireless');
  });

  it('a page that crashes shows the error boundary with a reload button, inside the shop', async () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => {});
    // A malformed product (no rating) makes the page throw while rendering.
    const broken = { ...keyboardDetail(), rating: undefined };
    installFakeApi({ 'GET /categories': { body: { data: categories } }, 'GET /products/:slug': { body: { data: broken } } });
    renderApp('/products/keychron-k2');
    expect(await screen.findByText('Something went wrong')).toBeInTheDocument();
    expect(screen.getByText('Reload the page')).toBeInTheDocument();
    expect(screen.getByTestId('logo')).toBeInTheDocument();
    spy.mockRestore();
  });
});
