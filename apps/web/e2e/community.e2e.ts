import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BlogPostListResponse, CategoryDto, ProductDetailDto, SessionDto } from '@devgear/contracts';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';

/**
 * The community half of the shop, against the built shop with its demo reviews and posts:
 * A. a customer buys a product, reviews it (badge "Verified purchase") and sees the rating move
 *    on the product's card;
 * B. a customer wishes a product from its card, finds it in the wishlist (and its count in the
 *    account menu) and moves it to the cart;
 * C. a reader opens a blog post from the blog and goes on to a product linked in it;
 * D. an admin hides a review (the product's rating follows) and writes and publishes a post.
 * Screenshots of the product page with reviews, the wishlist and a blog post.
 */

const SHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));
mkdirSync(SHOTS, { recursive: true });
const ADMIN_EMAIL = process.env.E2E_ADMIN_EMAIL ?? 'admin@devgear.test';
const ADMIN_PASSWORD = process.env.E2E_ADMIN_PASSWORD ?? 'e2e admin passphrase';
const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

async function shot(page: Page, name: string, fullPage = true) {
  await page.locator('.ant-message-notice, .ant-notification-notice, .ui-toast').evaluateAll((els) => els.forEach((el) => el.remove()));
  if (fullPage) await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SHOTS}${name}`, fullPage });
}

async function adminToken(request: APIRequestContext): Promise<string> {
  const login = await request.post('/api/v1/auth/login', { data: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD } });
  expect(login.ok(), `admin login -> ${login.status()}`).toBeTruthy();
  return ((await login.json()) as { data: SessionDto }).data.access_token;
}

/** A new product without reviews (through the admin API), so what the journey does is all its rating shows. */
async function newProduct(request: APIRequestContext, name: string, category = 'keyboards'): Promise<ProductDetailDto> {
  const token = await adminToken(request);
  const categories = ((await (await request.get('/api/v1/categories')).json()) as { data: CategoryDto[] }).data;
  const res = await request.post('/api/v1/products', {
    headers: { Authorization: `Bearer ${token}` },
    data: {
      name,
      description: 'A compact 75% keyboard with hot-swappable switches, made for this journey.',
      brand: 'Journeyworks',
      category_id: categories.find((c) => c.slug === category)!.id,
      specifications: [{ key: 'Layout', value: '75%', unit: null }],
      variants: [{ sku: `JW-${unique()}`.toUpperCase(), name: 'Standard', options: {}, price: { amount: 8900, currency: 'USD' }, available: 50 }],
    },
  });
  expect(res.status(), await res.text()).toBe(201);
  return ((await res.json()) as { data: ProductDetailDto }).data;
}

async function signUp(page: Page, firstName: string) {
  await page.goto('/sign-up');
  await page.getByLabel('First name').fill(firstName);
  await page.getByLabel('Last name').fill('Tester');
  await page.getByLabel('Email').fill(`${firstName.toLowerCase()}.${unique()}@example.com`);
  await page.getByLabel('Password').fill('community journey 2026');
  await page.getByTestId('sign-up-submit').click();
  await expect(page.getByTestId('account-menu-name')).toHaveText(firstName);
}

async function openAccountMenu(page: Page) {
  await page.getByTestId('account-menu').click();
  const menu = page.locator('.ui-menu__popup:not([hidden])').filter({ has: page.getByTestId('menu-sign-out') });
  await expect(menu).toBeVisible();
  return menu;
}

const card = (page: Page, slug: string) => page.locator(`[data-testid="product-card"][data-slug="${slug}"]`);

test.describe('community', () => {
  test('A: a customer buys a product, reviews it with the "Verified purchase" badge and sees the rating move on its card', async ({ page, request }) => {
    const product = await newProduct(request, `Journey Keyboard ${unique()}`);
    await signUp(page, 'Ada');

    // Buy it: product page -> cart -> checkout with the Visa test card.
    await page.goto(`/products/${product.slug}`);
    await expect(page.getByTestId('product-title')).toHaveText(product.name);
    await expect(page.getByTestId('reviews-empty')).toBeVisible();
    await page.getByTestId('add-to-cart').click();
    await expect(page.getByTestId('cart-added')).toContainText('Added to cart');
    await page.goto('/checkout');
    const form = page.getByTestId('new-address-form');
    await form.getByLabel('Full name').fill('Ada Tester');
    await form.getByLabel('Address line 1').fill('12 Engine Street');
    await form.getByLabel('City').fill('London');
    await form.getByLabel('Postal code').fill('N1 9GU');
    await form.getByLabel('Country').selectOption('GB');
    await page.getByText('Visa 4242 (succeeds)').click();
    await page.getByTestId('place-order').click();
    await expect(page).toHaveURL(/\/orders\/[0-9a-f-]+\/confirmation$/);

    // Its card says "No reviews yet".
    await page.goto(`/products?q=${encodeURIComponent(product.name)}`);
    await expect(card(page, product.slug).locator('.rating')).toHaveText('No reviews yet');

    // Review it.
    await card(page, product.slug).getByTestId('product-card-link').click();
    const reviews = page.getByTestId('product-reviews');
    await reviews.scrollIntoViewIfNeeded();
    const form2 = page.getByTestId('review-form');
    await form2.getByTestId('review-submit').click();
    await expect(page.getByTestId('field-error-rating')).toContainText('Your rating must be at least 1 star');
    await form2.locator('.ui-rating-input__star').nth(4).click();
    await form2.getByTestId('review-title').fill('My new daily driver');
    await form2.getByTestId('review-body').fill('Crisp switches, no rattle on the space bar, and the 75% layout keeps my mouse close.');
    await form2.getByTestId('review-submit').click();

    const mine = reviews.getByTestId('review').first();
    await expect(mine.getByTestId('review-item-title')).toHaveText('My new daily driver');
    await expect(mine.getByTestId('verified-purchase')).toHaveText('Verified purchase');
    await expect(page.getByTestId('own-review')).toContainText('You reviewed this product');
    await expect(page.getByLabel('Rated 5.0 out of 5 from 1 review').first()).toBeVisible();
    await shot(page, 'product-with-reviews.png');

    // The card shows the new rating.
    await page.goto(`/products?q=${encodeURIComponent(product.name)}`);
    await expect(card(page, product.slug).getByLabel('Rated 5.0 out of 5 from 1 review')).toBeVisible();
  });

  test('A2: a demo product page shows its computed rating and demo reviews', async ({ page }) => {
    await page.goto('/products?sort=rating_desc');
    const first = page.getByTestId('product-card').first();
    const slug = await first.getAttribute('data-slug');
    await first.getByTestId('product-card-link').click();
    await expect(page).toHaveURL(new RegExp(`/products/${slug}`));
    const reviews = page.getByTestId('product-reviews');
    await expect(reviews.getByTestId('review').first()).toBeVisible();
    await expect(page.getByTestId('review-sign-in')).toBeVisible();
    await page.getByTestId('reviews-sort').selectOption({ label: 'Lowest rated' });
    await expect(reviews.getByTestId('review').first()).toBeVisible();
    await reviews.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}product-reviews-demo.png` });
  });

  test('B: a customer wishes a product from its card and moves it from the wishlist to the cart', async ({ page, request }) => {
    const product = await newProduct(request, `Wished Keyboard ${unique()}`);
    await signUp(page, 'Grace');
    await page.goto(`/products?q=${encodeURIComponent(product.name)}`);
    const heart = card(page, product.slug).getByTestId('wishlist-toggle');
    await expect(heart).toHaveAttribute('aria-pressed', 'false');
    await heart.click();
    await expect(heart).toHaveAttribute('aria-pressed', 'true');

    // A second product from its page.
    const another = await newProduct(request, `Wished Mouse ${unique()}`, 'mice');
    await page.goto(`/products/${another.slug}`);
    const pageHeart = page.locator('.product-title-row').getByTestId('wishlist-toggle');
    await pageHeart.click();
    await expect(pageHeart).toHaveAttribute('aria-pressed', 'true');

    const menu = await openAccountMenu(page);
    await expect(menu.getByTestId('wishlist-count')).toHaveAttribute('data-count', '2');
    await menu.getByTestId('menu-wishlist').click();
    await expect(page).toHaveURL(/\/wishlist$/);
    await expect(page.getByTestId('wishlist-item')).toHaveCount(2);
    await expect(page.getByTestId('wishlist-item').first().getByTestId('wishlist-item-name')).toHaveText(another.name);
    await shot(page, 'wishlist.png');

    const item = page.locator(`[data-testid="wishlist-item"][data-slug="${product.slug}"]`);
    await item.getByTestId('move-to-cart').click();
    await expect(page.getByTestId('cart-added')).toContainText(product.name);
    await expect(item).toHaveCount(0);
    await expect(page.getByTestId('cart-button')).toHaveAttribute('aria-label', 'Cart, 1 item');
    await expect(page.getByTestId('wishlist-item')).toHaveCount(1);

    // Un-wishing from the card empties it for good (the server agrees after a reload).
    await page.goto(`/products?q=${encodeURIComponent(another.name)}`);
    await card(page, another.slug).getByTestId('wishlist-toggle').click();
    await page.goto('/wishlist');
    await expect(page.getByTestId('wishlist-empty')).toBeVisible();
  });

  test('C: a reader opens a blog post and goes on to a product linked in it', async ({ page, request }) => {
    const posts = ((await (await request.get('/api/v1/blog/posts')).json()) as BlogPostListResponse).data;
    expect(posts.length).toBeGreaterThan(0);
    await page.goto('/');
    await page.getByTestId('latest-posts').getByTestId('blog-card-link').first().waitFor();
    await page.getByTestId('footer-blog').click();
    await expect(page).toHaveURL(/\/blog$/);
    await page.locator(`[data-testid="blog-card"][data-slug="${posts[0].slug}"]`).getByTestId('blog-card-link').click();
    await expect(page.getByTestId('blog-post-title')).toHaveText(posts[0].title);
    await expect(page.getByTestId('blog-post-body').locator('h2').first()).toBeVisible();
    const products = page.getByTestId('blog-post-products').getByTestId('product-card');
    await expect(products.first()).toBeVisible();
    await shot(page, 'blog-post.png');
    const name = await products.first().getByTestId('product-card-link').innerText();
    await products.first().getByTestId('product-card-link').click();
    await expect(page.getByTestId('product-title')).toHaveText(name);
  });

  test('D: an admin hides a review (the rating follows) and writes and publishes a post', async ({ page, request }) => {
    // A product with two reviews through the API: 5 and 1 stars.
    const product = await newProduct(request, `Moderated Keyboard ${unique()}`);
    for (const [stars, title] of [[5, 'Lovely board'], [1, 'Terrible spam BUY NOW']] as const) {
      const reg = await request.post('/api/v1/auth/register', { data: { email: `r.${unique()}@example.com`, password: 'reviewer passphrase 1', first_name: 'Rev', last_name: 'Iewer' } });
      const token = ((await reg.json()) as { data: SessionDto }).data.access_token;
      const res = await request.post(`/api/v1/products/${product.id}/reviews`, { headers: { Authorization: `Bearer ${token}` }, data: { rating: stars, title, body: 'Text of the review.' } });
      expect(res.status()).toBe(201);
    }

    await page.goto('/sign-in?next=%2Fadmin%2Freviews');
    await page.getByLabel('Email').fill(ADMIN_EMAIL);
    await page.getByLabel('Password', { exact: true }).fill(ADMIN_PASSWORD);
    await page.getByTestId('sign-in-submit').click();
    await expect(page.getByTestId('admin-reviews')).toBeVisible();
    const search = page.locator('[data-testid="admin-reviews-search"] input').first();
    await search.fill('spam BUY NOW');
    await search.press('Enter');
    const row = page.getByTestId('admin-review').filter({ hasText: 'Terrible spam BUY NOW' });
    await expect(row).toHaveCount(1);
    const tableRow = page.getByRole('row').filter({ has: row });
    await expect(tableRow.getByTestId('admin-review-product')).toHaveText(product.name);
    await tableRow.getByTestId('admin-review-hide').click();
    await expect(tableRow.getByTestId('admin-review-status')).toHaveText('Hidden');
    await page.screenshot({ path: `${SHOTS}admin-reviews.png` });
    await page.goto(`/products/${product.slug}`);
    await expect(page.getByLabel('Rated 5.0 out of 5 from 1 review').first()).toBeVisible();
    await expect(page.getByTestId('product-reviews').getByTestId('review')).toHaveCount(1);

    // Write and publish a post linking the product.
    await page.goto('/admin/blog');
    await page.getByTestId('admin-post-new').click();
    const title = `Our Keyboard of the Week ${unique()}`;
    await page.getByTestId('post-title').fill(title);
    await page.getByTestId('post-body').fill('## Why we like it\n\nIt is **quiet** and <script>alert(1)</script> safe.\n\n- 75% layout\n- hot-swap');
    await page.getByRole('tab', { name: 'Preview' }).click();
    const preview = page.getByTestId('post-preview');
    await expect(preview.locator('h2')).toHaveText('Why we like it');
    await expect(preview.locator('strong')).toHaveText('quiet');
    await expect(preview.locator('script')).toHaveCount(0);
    await page.getByRole('tab', { name: 'Write' }).click();
    const picker = page.getByTestId('post-products');
    await picker.click();
    await page.keyboard.type(product.name);
    await page.locator('.ant-select-item-option').filter({ hasText: product.name }).click();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('post-product-tag')).toHaveText(product.name);
    await page.getByTestId('post-status').getByText('Published', { exact: true }).click();
    await page.getByTestId('post-save').click();
    await expect(page).toHaveURL(/\/admin\/blog\/[0-9a-f-]+$/);
    await expect(page.getByTestId('post-slug')).toHaveValue(/^our-keyboard-of-the-week-/);
    const slug = await page.getByTestId('post-slug').inputValue();
    await page.screenshot({ path: `${SHOTS}admin-blog-editor.png`, fullPage: true });

    await page.goto('/blog');
    await expect(page.getByTestId('blog-card').first()).toHaveAttribute('data-slug', slug);
    await page.goto(`/blog/${slug}`);
    await expect(page.getByTestId('blog-post-title')).toHaveText(title);
    await expect(page.getByTestId('blog-post-body').locator('li')).toHaveCount(2);
    await expect(page.getByTestId('blog-post-products').getByTestId('product-card')).toHaveAttribute('data-slug', product.slug);
  });
});
