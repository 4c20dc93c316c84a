import { screen, within } from '@testing-library/react';
import { errorBody, installFakeApi } from '@/testing/fake-api';
import { categories, listResponse, summary } from '@/testing/fixtures';
import { renderApp } from '@/testing/render-app';
import { seedInitialData } from '@/app/initial-data';

describe('home page', () => {
  it('shows featured categories with product counts, new arrivals and best rated', async () => {
    const api = installFakeApi({
      'GET /categories': { body: { data: categories } },
      'GET /products': (req) => ({
        body: listResponse(
          req.query.sort === 'newest'
            ? [summary({ name: 'Fresh mouse' }), summary({ name: 'Fresh monitor' })]
            : [summary({ name: 'Loved headphones', rating: { average: 4.9, count: 311 } })],
        ),
      }),
    });
    renderApp('/');

    const featured = await screen.findByTestId('featured-categories');
    // Top-level categories only, each with its product count and a link to the catalog.
    expect(within(featured).getByTestId('featured-category-keyboards')).toHaveTextContent('Keyboards12 products');
    expect(within(featured).getByTestId('featured-category-keyboards')).toHaveAttribute('href', '/products?category=keyboards');
    expect(within(featured).getByTestId('featured-category-audio')).toHaveTextContent('Audio1 product');
    expect(within(featured).queryByTestId('featured-category-keycaps')).not.toBeInTheDocument();

    const newArrivals = screen.getByTestId('new-arrivals');
    expect(await within(newArrivals).findByText('Fresh mouse')).toBeInTheDocument();
    expect(within(newArrivals).getAllByTestId('product-card')).toHaveLength(2);
    const bestRated = screen.getByTestId('best-rated');
    expect(await within(bestRated).findByText('Loved headphones')).toBeInTheDocument();

    expect(api.requestsTo('/products', { sort: 'newest', per_page: '8' })).toHaveLength(1);
    expect(api.requestsTo('/products', { sort: 'rating_desc', per_page: '8' })).toHaveLength(1);
    expect(within(bestRated).getByText('View all')).toHaveAttribute('href', '/products?sort=rating_desc');
  });

  it('keeps the page usable when one section fails', async () => {
    installFakeApi({
      'GET /categories': { body: { data: categories } },
      'GET /products': (req) =>
        req.query.sort === 'newest'
          ? { status: 500, body: errorBody('INTERNAL', 'Unexpected error') }
          : { body: listResponse([summary({ name: 'Still here' })]) },
    });
    renderApp('/');
    expect(await screen.findByText('New arrivals could not be loaded')).toBeInTheDocument();
    expect(await screen.findByText('Still here')).toBeInTheDocument();
  });

  it('paints every section from the data the server embedded in the page, asking the API nothing', async () => {
    const api = installFakeApi({});
    const post = { id: 'p1', slug: 'switches-101', title: 'Switches 101', excerpt: 'Linear, tactile, clicky.', tags: [], cover_image: null, author: { name: 'Ada' }, published_at: '2026-11-01T10:00:00.000Z' };
    renderApp('/', {
      prepare: (store) =>
        seedInitialData(
          store,
          {
            categories,
            home: {
              newest: listResponse([summary({ name: 'Fresh mouse' })], { per_page: 8 }),
              rating_desc: listResponse([summary({ name: 'Loved headphones' })], { per_page: 8 }),
              posts: { data: [post], meta: { page: 1, per_page: 3, total: 1, has_next: false }, links: { self: '/api/v1/blog/posts?per_page=3', next: null, prev: null } },
            },
          },
          '/',
        ),
    });
    expect(await within(screen.getByTestId('new-arrivals')).findByText('Fresh mouse')).toBeInTheDocument();
    expect(within(screen.getByTestId('best-rated')).getByText('Loved headphones')).toBeInTheDocument();
    expect(within(screen.getByTestId('featured-categories')).getByTestId('featured-category-keyboards')).toBeInTheDocument();
    expect(await screen.findByText('Switches 101')).toBeInTheDocument();
    expect(api.requests.filter((r) => /\/(products|categories|blog\/posts)/.test(r.path))).toEqual([]);
  });
});
