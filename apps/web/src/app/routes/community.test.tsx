import { screen, waitFor, within } from '@testing-library/react';
import type { OwnReviewDto, ReviewDto, WishlistResponse } from '@devgear/contracts';
import { customer, shellRoutes, storedSession, withMe } from '@/testing/auth-fixtures';
import { errorBody, installFakeApi } from '@/testing/fake-api';
import { keyboardDetail, summary } from '@/testing/fixtures';
import { renderApp } from '@/testing/render-app';
import { withCart } from '@/testing/shop-fixtures';

/** Whole product pages with antd in jsdom take 20 s and more on a loaded machine. */
const SLOW = 90_000;

const review = (overrides: Partial<ReviewDto> = {}): ReviewDto => ({
  id: 'r-1',
  rating: 4,
  title: 'Great board',
  body: 'Quiet and solid.',
  author: { first_name: 'Maya' },
  verified_purchase: true,
  helpful_count: 2,
  created_at: '2026-11-01T10:00:00.000Z',
  ...overrides,
});

const reviewList = (items: ReviewDto[], own: OwnReviewDto | null = null) => ({
  data: items,
  meta: { page: 1, per_page: 5, total: items.length, has_next: false, own_review: own },
  links: { self: '/x', next: null, prev: null },
});

const wishlistBody = (items: WishlistResponse['data']): WishlistResponse => ({
  data: items,
  meta: { page: 1, per_page: 100, total: items.length, has_next: false },
  links: { self: '/api/v1/wishlist', next: null, prev: null },
});

describe('reviews on the product page', () => {
  it('shows the reviews with the verified badge and lets a signed-in customer publish one, refreshing the rating', async () => {
    let product = keyboardDetail();
    let reviews = [review()];
    let own: OwnReviewDto | null = null;
    const api = withMe(
      installFakeApi({
        ...shellRoutes,
        'GET /products/:slug': () => ({ body: { data: product } }),
        'GET /products/:id/reviews': () => ({ body: reviewList(reviews, own) }),
        'GET /wishlist': { body: wishlistBody([]) },
        'POST /products/:id/reviews': (req) => {
          const body = req.body as { rating: number; title: string; body: string };
          own = { ...review({ id: 'r-2', ...body, author: { first_name: 'Ada' }, verified_purchase: false, helpful_count: 0 }), status: 'visible' };
          reviews = [own, ...reviews];
          product = { ...product, rating: { average: 4.5, count: 2 } };
          return { status: 201, body: { data: own } };
        },
      }),
    );
    const { user } = renderApp('/products/keychron-k2', { session: storedSession(customer) });
    const section = await screen.findByTestId('product-reviews');
    expect(await within(section).findByText('Great board')).toBeInTheDocument();
    expect(within(section).getByTestId('verified-purchase')).toHaveTextContent('Verified purchase');

    await user.click(within(section).getByTestId('review-submit'));
    expect(await screen.findByTestId('field-error-rating')).toHaveTextContent('Your rating must be at least 1 star');
    expect(api.requestsTo('/products/p-k2/reviews').filter((r) => r.method === 'POST')).toHaveLength(0);

    await user.click(within(section).getByRole('radio', { name: '5 stars' }));
    await user.type(within(section).getByTestId('review-title'), 'Love it');
    await user.type(within(section).getByTestId('review-body'), 'Best keyboard I owned.');
    await user.click(within(section).getByTestId('review-submit'));

    await waitFor(() => expect(api.lastRequestTo('/products/p-k2/reviews')?.method).toBe('GET'));
    expect(api.requests.find((r) => r.method === 'POST')?.body).toEqual({ rating: 5, title: 'Love it', body: 'Best keyboard I owned.' });
    expect(await within(section).findByTestId('own-review')).toHaveTextContent('You reviewed this product');
    expect(await screen.findAllByLabelText('Rated 4.5 out of 5 from 2 reviews')).not.toHaveLength(0);
  }, SLOW);

  it('asks a signed-out visitor to sign in to write a review', async () => {
    installFakeApi({
      ...shellRoutes,
      'GET /products/:slug': { body: { data: keyboardDetail({ rating: { average: 0, count: 0 } }) } },
      'GET /products/:id/reviews': { body: reviewList([]) },
    });
    renderApp('/products/keychron-k2');
    expect(await screen.findByTestId('reviews-empty')).toBeInTheDocument();
    expect(screen.getByTestId('review-sign-in')).toHaveAttribute('href', '/sign-in?next=%2Fproducts%2Fkeychron-k2');
  });
});

describe('wishlist', () => {
  it('fills the heart at once, and empties it again when the server refuses', async () => {
    let release: (() => void) | null = null;
    const api = withMe(
      installFakeApi({
        ...shellRoutes,
        'GET /products/:slug': { body: { data: keyboardDetail() } },
        'GET /products/:id/reviews': { body: reviewList([]) },
        'GET /wishlist': { body: wishlistBody([]) },
        'POST /wishlist/items': () =>
          new Promise((resolve) => {
            release = () => resolve({ status: 409, body: errorBody('CONFLICT', 'Your wishlist is full') });
          }),
      }),
    );
    const { user } = renderApp('/products/keychron-k2', { session: storedSession(customer) });
    await screen.findByTestId('product-title');
    const heart = await screen.findByRole('button', { name: 'Add Keychron K2 Wireless to your wishlist' });
    await waitFor(() => expect(api.requestsTo('/wishlist')).not.toHaveLength(0));
    await user.click(heart);
    expect(await screen.findByRole('button', { name: 'Remove Keychron K2 Wireless from your wishlist' })).toHaveAttribute('aria-pressed', 'true');
    release!();
    expect(await screen.findByText(/Could not add it to your wishlist: Your wishlist is full/)).toBeInTheDocument();
    // The heart empties again (the optimistic update is undone as the refusal arrives).
    await waitFor(() => expect(screen.getByTestId('wishlist-toggle')).toHaveAttribute('aria-pressed', 'false'));
  }, SLOW);

  it('moves a one-variant product from the wishlist to the cart, then takes it off the list', async () => {
    const item = summary({ id: 'p-cable', slug: 'usb-c-cable', name: 'USB-C Cable' });
    let items: WishlistResponse['data'] = [{ product: item, added_at: '2026-11-20T10:00:00.000Z' }];
    const api = withMe(
      installFakeApi({
        ...shellRoutes,
        'GET /wishlist': () => ({ body: wishlistBody(items) }),
        'GET /products/:slug': { body: { data: keyboardDetail({ id: 'p-cable', slug: 'usb-c-cable', name: 'USB-C Cable', variants: [keyboardDetail().variants[0]] }) } },
        'DELETE /wishlist/items/:id': () => {
          items = [];
          return { status: 204 };
        },
      }),
    );
    withCart(api);
    const { user } = renderApp('/wishlist', { session: storedSession(customer) });
    expect(await screen.findByTestId('wishlist-item-name')).toHaveTextContent('USB-C Cable');
    await user.click(screen.getByTestId('move-to-cart'));
    await waitFor(() => expect(api.requests.some((r) => r.method === 'DELETE' && r.path === '/wishlist/items/p-cable')).toBe(true));
    expect(api.requests.find((r) => r.method === 'POST' && r.path === '/cart/items')?.body).toEqual({ variant_id: keyboardDetail().variants[0].id, quantity: 1 });
    expect(await screen.findByTestId('wishlist-empty')).toBeInTheDocument();
  }, SLOW);
});

describe('blog', () => {
  it('shows a post with its server-rendered body and linked products, and 404 for a draft', async () => {
    const product = summary({ name: 'Linked Keyboard', slug: 'linked-keyboard' });
    installFakeApi({
      ...shellRoutes,
      'GET /blog/posts/:slug': (_req, { slug }) =>
        slug === 'desk-setup'
          ? { body: { data: { id: 'b1', slug, title: 'Desk Setup', excerpt: 'x', body_html: '<h2>Why</h2><p>Because <strong>cables</strong>.</p>', tags: ['workspace'], cover_image: null, author: { name: 'The DevGear team' }, published_at: '2026-11-20T10:00:00.000Z', products: [product] } } }
          : { status: 404, body: errorBody('NOT_FOUND', 'Blog post not found') },
    });
    renderApp('/blog/desk-setup');
    expect(await screen.findByTestId('blog-post-title')).toHaveTextContent('Desk Setup');
    expect(screen.getByTestId('blog-post-body').querySelector('h2')).toHaveTextContent('Why');
    expect(within(screen.getByTestId('blog-post-products')).getByTestId('product-card-link')).toHaveAttribute('href', '/products/linked-keyboard');
  });
});
