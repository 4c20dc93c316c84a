import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ProductDetailDto, ProductListResponse } from '@devgear/contracts';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';

/**
 * Issue 13 against the built shop: a guest fills a cart without signing in, signs up at checkout
 * and finds the cart intact, checks out with a new address that is offered again next time; a
 * 390 px phone goes home -> product -> cart without sideways scrolling; screenshots of the main
 * pages at 1280 and 390 px (apps/web/e2e/screenshots/issue13-*.png).
 */
const SHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));
mkdirSync(SHOTS, { recursive: true });
const ADMIN_EMAIL = process.env.E2E_ADMIN_EMAIL ?? 'admin@devgear.test';
const ADMIN_PASSWORD = process.env.E2E_ADMIN_PASSWORD ?? 'e2e admin passphrase';
const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;

/** Products whose every variant can be bought (the page adds its default variant). */
async function buyable(request: APIRequestContext, count: number): Promise<ProductDetailDto[]> {
  const list = (await (await request.get('/api/v1/products?in_stock=true&per_page=48')).json()) as ProductListResponse;
  const found: ProductDetailDto[] = [];
  for (const summary of list.data) {
    const { data } = (await (await request.get(`/api/v1/products/${summary.slug}`)).json()) as { data: ProductDetailDto };
    if (data.variants.every((v) => v.in_stock && v.available >= 3)) found.push(data);
    if (found.length === count) return found;
  }
  throw new Error(`fewer than ${count} products with every variant in stock`);
}

async function addFromProductPage(page: Page, product: ProductDetailDto) {
  await page.goto(`/products/${product.slug}`);
  await expect(page.getByTestId('product-title')).toHaveText(product.name);
  await page.getByTestId('add-to-cart').click();
  await expect(page.getByTestId('cart-added')).toContainText('Added to cart');
  await page.locator('.ui-toast__close').evaluateAll((els) => els.forEach((el) => (el as HTMLElement).click()));
}

const expectCartCount = (page: Page, count: number) =>
  expect(page.getByTestId('cart-button')).toHaveAttribute('aria-label', count === 1 ? 'Cart, 1 item' : `Cart, ${count} items`);

const sidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

async function shot(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SHOTS}issue13-${name}.png`, fullPage: false });
}

test.describe('guest cart', () => {
  test('a guest adds two items, signs up at checkout, finds both, checks out; the saved address is offered next time', async ({ page, request }) => {
    const [first, second, third] = await buyable(request, 3);

    // No sign-in on the way: the cart is the guest's, its token in this browser.
    await addFromProductPage(page, first);
    await expectCartCount(page, 1);
    await addFromProductPage(page, second);
    await expectCartCount(page, 2);
    expect(await page.evaluate(() => window.localStorage.getItem('devgear.cartToken'))).toBeTruthy();
    await page.goto('/cart');
    await expect(page.getByTestId('cart-line')).toHaveCount(2);

    // Checkout asks to sign in (or up) and comes back.
    await page.getByTestId('cart-checkout').click();
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fcheckout$/);
    await page.getByTestId('sign-up-link').click();
    await expect(page).toHaveURL(/\/sign-up\?next=%2Fcheckout$/);
    await page.getByLabel('First name').fill('Gina');
    await page.getByLabel('Last name').fill('Guest');
    await page.getByLabel('Email').fill(`gina.${unique()}@example.com`);
    await page.getByLabel('Password').fill('guest journey 2026');
    await page.getByTestId('sign-up-submit').click();

    // Back at checkout with both items: the guest cart was merged into the new account.
    await expect(page).toHaveURL(/\/checkout$/);
    await expect(page.getByTestId('checkout-items').getByTestId('order-item')).toHaveCount(2);
    await expect.poll(() => page.evaluate(() => window.localStorage.getItem('devgear.cartToken'))).toBeNull();
    const form = page.getByTestId('new-address-form');
    await form.getByLabel('Full name').fill('Gina Guest');
    await form.getByLabel('Address line 1').fill('7 Quay Street');
    await form.getByLabel('City').fill('Bristol');
    await form.getByLabel('Postal code').fill('BS1 4DJ');
    await form.getByLabel('Country').selectOption('GB');
    await expect(page.getByTestId('save-address')).toBeChecked();
    await page.getByText('Visa 4242 (succeeds)').click();
    const placed = page.waitForResponse((res) => new URL(res.url()).pathname === '/api/v1/orders' && res.request().method() === 'POST');
    await page.getByTestId('place-order').click();
    expect((await placed).status()).toBe(201);
    await expect(page).toHaveURL(/\/orders\/[0-9a-f-]+\/confirmation$/);

    // Next time: the address is in the address book and chosen at checkout.
    await addFromProductPage(page, third);
    await page.goto('/checkout');
    const saved = page.getByTestId('address-option');
    await expect(saved).toHaveCount(1);
    await expect(saved).toContainText('7 Quay Street');
    await expect(page.getByTestId('new-address-form')).toHaveCount(0);
  });
});

test.describe('phone, 390 px', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('home -> product -> cart without sideways scrolling', async ({ page, request }) => {
    const [product] = await buyable(request, 1);
    await page.goto('/');
    await expect(page.getByTestId('hero')).toBeVisible();
    await expect(page.getByTestId('new-arrivals').getByTestId('product-card').first()).toBeVisible();
    expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);

    await addFromProductPage(page, product);
    expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);

    await page.goto('/cart');
    await expect(page.getByTestId('cart-line')).toHaveCount(1);
    expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test("a product page shows its title and price and carries the product's JSON-LD", async ({ page, request }) => {
    const [product] = await buyable(request, 1);
    const response = await page.goto(`/products/${product.slug}`);
    expect(response?.status()).toBe(200);
    await expect(page).toHaveTitle(`${product.name} — DevGear`);
    await expect(page.locator('h1.product-title')).toHaveText(product.name);
    const prices = new Set(product.variants.map((v) => v.price.amount));
    const price = new Intl.NumberFormat('en-US', { style: 'currency', currency: product.price.currency }).format(product.price.amount / 100);
    await expect(page.locator('.product-price')).toHaveText(prices.size > 1 ? `from ${price}` : price);
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    const graph = blocks.map((b) => JSON.parse(b) as { '@type': string; name?: string; offers?: Array<{ price: string; priceCurrency: string; availability: string }> });
    const ld = graph.find((g) => g['@type'] === 'Product');
    expect(ld?.name).toBe(product.name);
    expect(ld?.offers?.map((o) => o.price)).toContain((product.price.amount / 100).toFixed(2));
    expect(ld?.offers?.every((o) => o.priceCurrency === product.price.currency)).toBe(true);
    expect(ld?.offers?.[0].availability).toBe('https://schema.org/InStock');
    expect(graph.some((g) => g['@type'] === 'BreadcrumbList')).toBe(true);
  });
});

test.describe('back office, 390 px', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('every section fits the phone: the sections are one row, the current one in view, no sideways scrolling', async ({ page }) => {
    await page.goto('/sign-in?next=%2Fadmin');
    await page.getByLabel('Email').fill(ADMIN_EMAIL);
    await page.getByLabel('Password').fill(ADMIN_PASSWORD);
    await page.getByTestId('sign-in-submit').click();
    await expect(page.getByTestId('admin-page')).toBeVisible();
    for (const section of ['orders', 'products', 'discounts', 'reviews', 'blog', 'users', 'system', 'dashboard']) {
      const link = page.getByTestId(`admin-nav-${section}`);
      await link.click();
      await expect(page.locator('.admin-content h1, .admin-content h2').first()).toBeVisible();
      await page.waitForLoadState('networkidle');
      expect(await sidewaysScroll(page), `sideways scrolling on ${section}`).toBeLessThanOrEqual(0);
      // One row of sections: the first screen shows the section itself, not a column of links.
      expect((await page.locator('.admin-nav').boundingBox())?.height ?? 0).toBeLessThan(80);
      await expect(link).toBeInViewport();
    }
  });
});

test.describe('screenshots', () => {
  for (const [label, viewport] of [
    ['1280', { width: 1280, height: 900 }],
    ['390', { width: 390, height: 844 }],
  ] as const) {
    test(`home, product, cart, checkout and the back office at ${label} px`, async ({ page, request }) => {
      await page.setViewportSize(viewport);
      const [product] = await buyable(request, 1);
      await page.goto('/');
      await expect(page.getByTestId('new-arrivals').getByTestId('product-card').first()).toBeVisible();
      await page.waitForLoadState('networkidle');
      await shot(page, `home-${label}`);
      await addFromProductPage(page, product);
      await page.waitForLoadState('networkidle');
      await shot(page, `product-${label}`);
      await page.goto('/cart');
      await expect(page.getByTestId('cart-line')).toHaveCount(1);
      await shot(page, `cart-${label}`);

      await page.goto('/sign-in?next=%2Fcheckout');
      await page.getByLabel('Email').fill(ADMIN_EMAIL);
      await page.getByLabel('Password').fill(ADMIN_PASSWORD);
      await page.getByTestId('sign-in-submit').click();
      await expect(page).toHaveURL(/\/checkout$/);
      await expect(page.getByTestId('checkout-form')).toBeVisible();
      await shot(page, `checkout-${label}`);
      await page.goto('/admin');
      await expect(page.getByTestId('admin-page')).toBeVisible();
      await page.waitForLoadState('networkidle');
      await shot(page, `admin-${label}`);
    });
  }
});
