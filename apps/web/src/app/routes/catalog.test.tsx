import { screen, waitFor, within } from '@testing-library/react';
import { errorBody, installFakeApi, type RecordedRequest } from '@/testing/fake-api';
import { categories, listResponse, summary } from '@/testing/fixtures';
import { renderApp } from '@/testing/render-app';

function catalogApi(respond: (req: RecordedRequest) => ReturnType<typeof listResponse> = () => listResponse([summary(), summary()], { total: 2 })) {
  return installFakeApi({
    'GET /categories': { body: { data: categories } },
    'GET /products': (req) => ({ body: respond(req) }),
  });
}

/** The catalog's own request (the header's search suggestions also call /products, with per_page=5). */
/** The sorts offered, in order. */
const sortOptions = () => within(screen.getByRole('combobox', { name: 'Sort by' })).getAllByRole('option').map((option) => option.textContent);

const catalogRequests = (api: ReturnType<typeof installFakeApi>) => api.requestsTo('/products').filter((r) => r.query.per_page !== '5');

afterEach(() => {
  window.innerWidth = 1024;
});

describe('catalog page', () => {
  it('reads the filters from the URL and asks the API for exactly them', async () => {
    const api = catalogApi(() =>
      listResponse([summary({ name: 'Keychron Q1', price: { amount: 16900, currency: 'USD' } })], { total: 13, page: 2, per_page: 12 }),
    );
    renderApp('/products?q=keyboard&category=keyboards&brand=Keychron&price_min=5000&price_max=20000&in_stock=true&sort=price_asc&page=2&per_page=12');

    expect(await screen.findByText('Keychron Q1')).toBeInTheDocument();
    expect(catalogRequests(api).at(-1)?.query).toEqual({
      q: 'keyboard',
      category: 'keyboards',
      brand: 'Keychron',
      price_min: '5000',
      price_max: '20000',
      in_stock: 'true',
      sort: 'price_asc',
      page: '2',
      per_page: '12',
    });

    // The controls show the same state.
    expect(screen.getByTestId('result-count')).toHaveTextContent('13–13 of 13 products');
    expect(screen.getByTestId('in-stock-switch')).toBeChecked();
    expect(screen.getByLabelText('Minimum price')).toHaveValue('50');
    expect(screen.getByLabelText('Maximum price')).toHaveValue('200');
    expect(screen.getByRole('combobox', { name: 'Sort by' })).toHaveDisplayValue('Price: low to high');
    const active = screen.getByTestId('active-filters');
    expect(within(active).getByText('Search: “keyboard”')).toBeInTheDocument();
    expect(within(active).getByText('Category: Keyboards')).toBeInTheDocument();
    expect(within(active).getByText('Brand: Keychron')).toBeInTheDocument();
    expect(within(active).getByText('Price: $50.00 – $200.00')).toBeInTheDocument();
    expect(within(active).getByText('In stock only')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Results for “keyboard”');
  });

  it('adds "Best match" to the sorts while searching', async () => {
    catalogApi();
    renderApp('/products?q=switch');
    await screen.findAllByTestId('product-card');
    const sort = screen.getByRole('combobox', { name: 'Sort by' });
    expect(sort).toHaveDisplayValue('Best match');
    expect(sortOptions()[0]).toBe('Best match');
    expect(sortOptions()).toHaveLength(6);
  });

  it('shows product cards with name, brand, price and a link to the product', async () => {
    catalogApi(() =>
      listResponse([
        summary({ slug: 'hhkb-pro', name: 'HHKB Professional', brand: 'PFU', price: { amount: 25900, currency: 'USD' } }),
        summary({ slug: 'sold-out', name: 'Sold out board', in_stock: false }),
        summary({ slug: 'k2', name: 'Keychron K2', price: { amount: 7999, currency: 'USD' }, max_price: { amount: 8999, currency: 'USD' } }),
      ]),
    );
    renderApp('/products');
    const cards = await screen.findAllByTestId('product-card');
    expect(cards).toHaveLength(3);
    // Variants at different prices: the card says where they start.
    expect(within(cards[2]).getByTestId('product-card-price')).toHaveTextContent(/^from \$79\.99$/);
    expect(cards[0]).toHaveAttribute('data-slug', 'hhkb-pro');
    expect(within(cards[0]).getByText('PFU')).toBeInTheDocument();
    expect(within(cards[0]).getByTestId('product-card-price')).toHaveTextContent('$259.00');
    expect(within(cards[0]).getByRole('link', { name: 'HHKB Professional' })).toHaveAttribute('href', '/products/hhkb-pro');
    expect(within(cards[1]).getByText('Out of stock')).toBeInTheDocument();
    expect(within(cards[0]).queryByText('Out of stock')).not.toBeInTheDocument();
  });

  it('changing the sort updates the URL, goes back to page 1 and refetches', async () => {
    const api = catalogApi();
    const { user, search } = renderApp('/products?brand=Keychron&page=3');
    await screen.findAllByTestId('product-card');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'Price: high to low');

    await waitFor(() => expect(search().get('sort')).toBe('price_desc'));
    expect(screen.getByRole('combobox', { name: 'Sort by' })).toHaveDisplayValue('Price: high to low');
    expect(search().get('page')).toBeNull();
    expect(search().get('brand')).toBe('Keychron');
    await waitFor(() => expect(catalogRequests(api).at(-1)?.query).toMatchObject({ sort: 'price_desc', page: '1', brand: 'Keychron' }));
  });

  it('offers "Best match" only while searching', async () => {
    catalogApi();
    renderApp('/products');
    await screen.findAllByTestId('product-card');
    expect(sortOptions()).toEqual(['Newest', 'Price: low to high', 'Price: high to low', 'Best rated', 'Name: A to Z']);
  });

  it('filters by a brand from the facets, with counts, and resets the page', async () => {
    const api = catalogApi();
    const { user, search } = renderApp('/products?page=2');
    const brand = await screen.findByTestId('facet-brand-Das Keyboard');
    expect(brand).toHaveTextContent('Das Keyboard(4)');
    await user.click(brand);
    await waitFor(() => expect(search().get('brand')).toBe('Das Keyboard'));
    expect(search().get('page')).toBeNull();
    await waitFor(() => expect(catalogRequests(api).at(-1)?.query.brand).toBe('Das Keyboard'));
    expect(screen.getByLabelText('Das Keyboard(4)')).toBeChecked();
  });

  it('filters by a category from the facets, named from /categories', async () => {
    catalogApi();
    const { user, search } = renderApp('/products');
    const keycaps = await screen.findByTestId('facet-category-keycaps');
    await waitFor(() => expect(keycaps).toHaveTextContent('Keycaps(3)'));
    await user.click(keycaps);
    await waitFor(() => expect(search().get('category')).toBe('keycaps'));
  });

  it('applies a price range typed in dollars as integer cents', async () => {
    const api = catalogApi();
    const { user, search } = renderApp('/products');
    await screen.findAllByTestId('product-card');
    await user.type(screen.getByTestId('price-min'), '19.99');
    await user.type(screen.getByTestId('price-max'), '100');
    await user.click(screen.getByTestId('price-apply'));
    await waitFor(() => expect(search().get('price_min')).toBe('1999'));
    expect(search().get('price_max')).toBe('10000');
    await waitFor(() => expect(catalogRequests(api).at(-1)?.query).toMatchObject({ price_min: '1999', price_max: '10000' }));
  });

  it('refuses a price range whose minimum is above its maximum', async () => {
    catalogApi();
    const { user, search } = renderApp('/products');
    await screen.findAllByTestId('product-card');
    await user.type(screen.getByTestId('price-min'), '300');
    await user.type(screen.getByTestId('price-max'), '100');
    await user.click(screen.getByTestId('price-apply'));
    expect(await screen.findByRole('alert')).toHaveTextContent('Max must be at least min');
    expect(search().get('price_min')).toBeNull();
  });

  it('the price inputs follow the URL when the price filter is removed', async () => {
    catalogApi();
    const { user, search } = renderApp('/products?price_min=1999&price_max=5000');
    await screen.findAllByTestId('product-card');
    expect(screen.getByTestId('price-min')).toHaveValue('19.99');
    expect(screen.getByTestId('price-max')).toHaveValue('50');
    await user.click(screen.getByLabelText('Remove Price: $19.99 – $50.00'));
    await waitFor(() => expect(search().get('price_min')).toBeNull());
    expect(search().get('price_max')).toBeNull();
    await waitFor(() => expect(screen.getByTestId('price-min')).toHaveValue(''));
    expect(screen.getByTestId('price-max')).toHaveValue('');
  });

  it('toggles "in stock only"', async () => {
    const api = catalogApi();
    const { user, search } = renderApp('/products');
    await screen.findAllByTestId('product-card');
    await user.click(screen.getByTestId('in-stock-switch'));
    await waitFor(() => expect(search().get('in_stock')).toBe('true'));
    await waitFor(() => expect(catalogRequests(api).at(-1)?.query.in_stock).toBe('true'));
    await user.click(screen.getByTestId('in-stock-switch'));
    await waitFor(() => expect(search().get('in_stock')).toBeNull());
  });

  it('removes one filter from its tag, or all of them with "Clear all"', async () => {
    catalogApi();
    const { user, search } = renderApp('/products?brand=Keychron&in_stock=true&sort=price_asc');
    await screen.findAllByTestId('product-card');
    await user.click(screen.getByLabelText('Remove Brand: Keychron'));
    await waitFor(() => expect(search().get('brand')).toBeNull());
    expect(search().get('in_stock')).toBe('true');

    await user.click(screen.getByTestId('clear-filters'));
    await waitFor(() => expect(search().get('in_stock')).toBeNull());
    // The sort is not a filter: it stays.
    expect(search().get('sort')).toBe('price_asc');
    expect(screen.queryByTestId('active-filters')).not.toBeInTheDocument();
  });

  it('pages through results and changes the page size', async () => {
    const api = catalogApi((req) =>
      listResponse([summary(), summary()], { total: 60, page: Number(req.query.page), per_page: Number(req.query.per_page) }),
    );
    const { user, search } = renderApp('/products?brand=Keychron');
    await screen.findAllByTestId('product-card');
    const pagination = screen.getByTestId('pagination');
    expect(within(pagination).getByRole('button', { name: 'Page 1' })).toHaveAttribute('aria-current', 'page');
    await user.click(within(pagination).getByRole('button', { name: 'Page 2' }));
    await waitFor(() => expect(search().get('page')).toBe('2'));
    await waitFor(() => expect(catalogRequests(api).at(-1)?.query).toMatchObject({ page: '2', per_page: '24' }));

    await user.selectOptions(await screen.findByRole('combobox', { name: 'Products per page' }), '48 per page');
    await waitFor(() => expect(search().get('per_page')).toBe('48'));
    expect(search().get('page')).toBeNull();
  });

  it('says so when nothing matches, and clears the filters on request', async () => {
    const api = catalogApi((req) => (req.query.brand ? listResponse([], { total: 0 }) : listResponse([summary()])));
    const { user, search } = renderApp('/products?brand=Nobody&price_max=100');
    expect(await screen.findByText('No products match')).toBeInTheDocument();
    expect(screen.getByTestId('result-count')).toHaveTextContent('No products');
    await user.click(screen.getByTestId('empty-clear-filters'));
    await waitFor(() => expect(search().toString()).toBe(''));
    expect(await screen.findAllByTestId('product-card')).toHaveLength(1);
    expect(catalogRequests(api).at(-1)?.query.brand).toBeUndefined();
  });

  it('shows the API error with a retry that recovers', async () => {
    let calls = 0;
    const api = installFakeApi({
      'GET /categories': { body: { data: categories } },
      'GET /products': () => {
        calls += 1;
        return calls === 1
          ? { status: 503, body: errorBody('SERVICE_UNAVAILABLE', 'The catalog is warming up, try again shortly.') }
          : { body: listResponse([summary({ name: 'Back again' })]) };
      },
    });
    const { user } = renderApp('/products');
    expect(await screen.findByText('The catalog is warming up, try again shortly.')).toBeInTheDocument();
    expect(screen.getByText('req-123')).toBeInTheDocument();
    await user.click(screen.getByTestId('retry-button'));
    expect(await screen.findByText('Back again')).toBeInTheDocument();
    expect(api.requestsTo('/products')).toHaveLength(2);
  });

  it('puts the filters in a drawer behind a "Filters" button on phones', async () => {
    window.innerWidth = 360;
    catalogApi();
    const { user, search } = renderApp('/products');
    await screen.findAllByTestId('product-card');
    expect(screen.queryByTestId('catalog-filters')).not.toBeInTheDocument();
    await user.click(screen.getByTestId('filters-button'));
    const drawer = await screen.findByRole('dialog');
    await user.click(within(drawer).getByTestId('facet-brand-Logitech'));
    await waitFor(() => expect(search().get('brand')).toBe('Logitech'));
  });

  it('/categories/:slug opens the catalog filtered by that category', async () => {
    const api = catalogApi();
    const { location } = renderApp('/categories/keyboards');
    await screen.findAllByTestId('product-card');
    expect(location().pathname).toBe('/products');
    expect(location().search).toBe('?category=keyboards');
    expect(catalogRequests(api).at(-1)?.query.category).toBe('keyboards');
    expect(await screen.findByRole('heading', { level: 1, name: 'Keyboards' })).toBeInTheDocument();
  });
});
