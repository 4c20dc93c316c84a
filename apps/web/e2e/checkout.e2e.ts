import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CartDto, ProductDetailDto, ProductListResponse, ProductSummaryDto, SessionDto } from '@devgear/contracts';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';

/**
 * The buying journeys of a new customer against the built shop (scripts/e2e-server.mjs):
 * A. sign up -> add two products (product page and a catalog card) -> a discount code made by
 *    the admin -> checkout with a new address and the Visa test card -> confirmation -> the order
 *    in the history and on its page -> cancel it.
 * B. a saved address and the declined test card: the error is shown, the cart is kept, and a
 *    second attempt with the Visa card goes through.
 * Plus the cart, checkout and order pages on a 360px phone. Which products are bought is read
 * from the API, so the journeys do not hard-code the demo catalog.
 */

const SHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));
mkdirSync(SHOTS, { recursive: true });
/** A picture from the top of the page (a scrolled page would show the sticky header mid-page). */
async function shot(page: Page, name: string, fullPage = true) {
  if (fullPage) await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SHOTS}${name}`, fullPage });
}

/** The cart drawer, once it has finished sliding in. */
async function openDrawer(page: Page) {
  await page.getByTestId('cart-button').click();
  const drawer = page.locator('.cart-drawer');
  await expect(drawer).toBeVisible();
  const width = page.viewportSize()!.width;
  await expect.poll(async () => Math.round(((await drawer.boundingBox())?.x ?? 0) + ((await drawer.boundingBox())?.width ?? 0))).toBe(width);
  await expect.poll(async () => drawer.evaluate((el) => el.getAnimations({ subtree: true }).length)).toBe(0);
  return drawer;
}

const ADMIN_EMAIL = process.env.E2E_ADMIN_EMAIL ?? 'admin@devgear.test';
const ADMIN_PASSWORD = process.env.E2E_ADMIN_PASSWORD ?? 'e2e admin passphrase';
const DISCOUNT_CODE = 'E2E10';

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
const usd = (amount: number) => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(amount / 100);

async function api<T>(request: APIRequestContext, path: string, token?: string): Promise<T> {
  const res = await request.get(`/api/v1${path}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  expect(res.ok(), `GET /api/v1${path} -> ${res.status()}`).toBeTruthy();
  return (await res.json()) as T;
}

interface Buyable {
  summary: ProductSummaryDto;
  product: ProductDetailDto;
}

/** In-stock products of the catalog's first page (as /products shows it), with a variant that can be bought. */
async function buyableProducts(request: APIRequestContext, count: number): Promise<Buyable[]> {
  const list = await api<ProductListResponse>(request, '/products?in_stock=true&per_page=24');
  const found: Buyable[] = [];
  for (const summary of list.data) {
    const { data: product } = await api<{ data: ProductDetailDto }>(request, `/products/${summary.slug}`);
    if (product.variants.some((v) => v.in_stock && v.available >= 3)) found.push({ summary, product });
    if (found.length === count) return found;
  }
  throw new Error(`The demo catalog has fewer than ${count} products in stock`);
}

/** The discount code E2E10 (10% off), made through the admin API; already there is fine (a reused server). */
async function ensureDiscount(request: APIRequestContext) {
  const login = await request.post('/api/v1/auth/login', { data: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD } });
  expect(login.ok(), `admin login -> ${login.status()}`).toBeTruthy();
  const { data: session } = (await login.json()) as { data: SessionDto };
  const res = await request.post('/api/v1/admin/discounts', {
    headers: { Authorization: `Bearer ${session.access_token}` },
    data: { code: DISCOUNT_CODE, type: 'percentage', value: 10 },
  });
  expect([200, 201, 409], `POST /api/v1/admin/discounts -> ${res.status()}: ${await res.text()}`).toContain(res.status());
}

/** Signs a new customer up through the sign-up page; resolves to their access token. */
async function signUp(page: Page, firstName: string): Promise<string> {
  await page.goto('/sign-up');
  await page.getByLabel('First name').fill(firstName);
  await page.getByLabel('Last name').fill('Tester');
  await page.getByLabel('Email').fill(`${firstName.toLowerCase()}.${unique()}@example.com`);
  await page.getByLabel('Password').fill('checkout journey 2025');
  await page.getByTestId('sign-up-submit').click();
  await expect(page.getByTestId('account-menu-name')).toHaveText(firstName);
  return page.evaluate(() => JSON.parse(window.localStorage.getItem('devgear.session')!).accessToken as string);
}

async function expectCartCount(page: Page, count: number) {
  await expect(page.getByTestId('cart-button')).toHaveAttribute('aria-label', count === 1 ? 'Cart, 1 item' : `Cart, ${count} items`);
}

/** Adds the product shown on its page (its default variant) and waits for the notification. */
async function addFromProductPage(page: Page, product: ProductDetailDto) {
  await page.goto(`/products/${product.slug}`);
  await expect(page.getByTestId('product-title')).toHaveText(product.name);
  await page.getByTestId('add-to-cart').click();
  await expect(page.getByTestId('cart-added')).toContainText('Added to cart');
}

/** Lets the toasts and notifications go before a screenshot. */
async function settle(page: Page) {
  await page.locator('.ui-toast__close').evaluateAll((els) => els.forEach((el) => (el as HTMLElement).click()));
  await expect(page.locator('.ui-toast')).toHaveCount(0, { timeout: 10_000 });
}

/** Opens the account menu (the kit's disclosure menu) and waits for its entries. */
async function openAccountMenu(page: Page) {
  await page.getByTestId('account-menu').click();
  const menu = page.locator('.ui-menu__popup:not([hidden])').filter({ has: page.getByTestId('menu-sign-out') });
  await expect(menu).toBeVisible();
}

async function fillNewAddress(page: Page) {
  const form = page.getByTestId('new-address-form');
  await form.getByLabel('Full name').fill('Grace Tester');
  await form.getByLabel('Address line 1').fill('1 Harbour Street');
  await form.getByLabel('Address line 2').fill('Flat 3');
  await form.getByLabel('City').fill('Portsmouth');
  await form.getByLabel('Postal code').fill('PO1 3AX');
  await form.getByLabel('Country').selectOption('GB');
  await expect(form.getByLabel('Country')).toHaveValue('GB');
}

const noSidewaysScroll = async (page: Page) =>
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);

test.describe('checkout', () => {
  test('A: a new customer buys two products with a discount code and a new address, then finds the order', async ({ page, request }) => {
    const [first, second] = await buyableProducts(request, 2);
    await ensureDiscount(request);
    const token = await signUp(page, 'Grace');
    await expectCartCount(page, 0);

    // The first product from its page.
    await page.goto('/products');
    await page.locator(`[data-testid="product-card"][data-slug="${first.summary.slug}"]`).getByTestId('product-card-link').click();
    await expect(page.getByTestId('product-title')).toHaveText(first.product.name);
    await page.getByTestId('add-to-cart').click();
    await expect(page.getByTestId('cart-added')).toContainText('Added to cart');
    await expectCartCount(page, 1);

    // The second from its card in the catalog (a product with options asks for them first).
    await page.goto('/products');
    await page.locator(`[data-testid="product-card"][data-slug="${second.summary.slug}"]`).getByTestId('quick-add').click();
    const picker = page.getByRole('dialog');
    const added = page.getByTestId('cart-added');
    await expect(picker.or(added).first()).toBeVisible();
    if (await picker.isVisible()) await picker.getByTestId('add-to-cart').click();
    await expect(added).toContainText(second.product.name);
    await expectCartCount(page, 2);

    // The drawer shows both; on to the cart page.
    await settle(page);
    const drawer = await openDrawer(page);
    await expect(drawer.getByTestId('cart-line')).toHaveCount(2);
    await shot(page, 'cart-drawer.png', false);
    await drawer.getByTestId('cart-drawer-view').click();
    await expect(page).toHaveURL(/\/cart$/);
    await expect(drawer).toBeHidden();
    await expect(page.getByTestId('cart-line')).toHaveCount(2);

    // The discount code (typed in lower case: codes are case-insensitive).
    await page.getByLabel('Discount code').fill(DISCOUNT_CODE.toLowerCase());
    await page.getByTestId('discount-apply').click();
    await expect(page.getByTestId('discount-code')).toHaveText(DISCOUNT_CODE);
    await expect(page.getByTestId('totals-discount')).toBeVisible();
    const { data: cart } = await api<{ data: CartDto }>(request, '/cart', token);
    expect(cart.discount?.code).toBe(DISCOUNT_CODE);
    expect(cart.discount!.amount.amount).toBe(Math.floor(cart.subtotal.amount / 10 + 0.5));
    await expect(page.getByTestId('totals-subtotal')).toHaveText(usd(cart.subtotal.amount));
    await expect(page.getByTestId('totals-discount')).toHaveText(`−${usd(cart.discount!.amount.amount)}`);
    await expect(page.getByTestId('totals-total')).toHaveText(usd(cart.total.amount));
    await settle(page);
    await shot(page, 'cart.png');

    // Checkout: no saved addresses yet, so the new-address form; the Visa test card.
    await page.getByTestId('cart-checkout').click();
    await expect(page).toHaveURL(/\/checkout$/);
    await expect(page.getByTestId('checkout-items').getByTestId('order-item')).toHaveCount(2);
    await expect(page.getByTestId('totals-total')).toHaveText(usd(cart.total.amount));
    await fillNewAddress(page);
    await page.getByText('Visa 4242 (succeeds)').click();
    await shot(page, 'checkout.png');
    const placed = page.waitForResponse((res) => new URL(res.url()).pathname === '/api/v1/orders' && res.request().method() === 'POST');
    await page.getByTestId('place-order').click();
    expect((await placed).status()).toBe(201);

    // The confirmation
    await expect(page).toHaveURL(/\/orders\/[0-9a-f-]+\/confirmation$/);
    const orderId = page.url().match(/\/orders\/([0-9a-f-]+)\/confirmation$/)![1];
    const number = (await page.getByTestId('confirmation-number').innerText()).trim();
    expect(number).not.toBe('');
    const confirmation = page.getByTestId('order-confirmation');
    await expect(confirmation).toContainText('Thank you for your order!');
    await expect(confirmation.getByTestId('order-item')).toHaveCount(2);
    await expect(confirmation.getByTestId('totals-discount')).toHaveText(`−${usd(cart.discount!.amount.amount)}`);
    await expect(confirmation.getByTestId('totals-total')).toHaveText(usd(cart.total.amount));
    await expect(confirmation.getByTestId('shipping-address')).toContainText('1 Harbour Street');
    await expectCartCount(page, 0);
    await settle(page);
    await shot(page, 'confirmation.png');

    // The order history, through the account menu
    await openAccountMenu(page);
    await page.getByTestId('menu-orders').click();
    await expect(page).toHaveURL(/\/account\/orders$/);
    const row = page.getByTestId('order-row').filter({ hasText: number });
    await expect(row).toHaveCount(1);
    await expect(row.getByTestId('order-status')).toHaveText('Paid');
    await expect(row.getByTestId('order-row-total')).toHaveText(usd(cart.total.amount));
    await shot(page, 'order-history.png');

    // The order page: timeline, then cancel (a paid order is refunded)
    await row.click();
    await expect(page).toHaveURL(new RegExp(`/orders/${orderId}$`));
    await expect(page.getByTestId('order-title')).toHaveText(`Order ${number}`);
    await expect(page.getByTestId('timeline-status')).toHaveText(['Order placed', 'Paid']);
    await expect(page.getByTestId('timeline-next')).toHaveText('Next: Packing');
    await expect(page.getByTestId('shipping-address')).toContainText('Portsmouth, PO1 3AX');
    await shot(page, 'order-detail.png');

    await page.getByTestId('cancel-order').click();
    await page.getByTestId('cancel-order-confirm').click();
    await expect(page.getByTestId('order-status').first()).toHaveText(/Cancelled|Refunded/);
    await expect(page.getByTestId('cancel-order')).toHaveCount(0);
    await expect(page.getByTestId('timeline-status')).toContainText(['Order placed', 'Paid', 'Cancelled']);
    await settle(page);
    await shot(page, 'order-cancelled.png');
  });

  test('B: a declined card shows the error and keeps the cart; the Visa card then goes through', async ({ page, request }) => {
    const [, , product] = await buyableProducts(request, 3);
    const token = await signUp(page, 'Linus');
    const saved = await request.post('/api/v1/me/addresses', {
      headers: { Authorization: `Bearer ${token}` },
      data: { label: 'Home', name: 'Linus Tester', line1: '7 Kernel Road', city: 'Helsinki', postal_code: '00100', country: 'FI' },
    });
    expect(saved.status(), await saved.text()).toBe(201);

    await addFromProductPage(page, product.product);
    await expectCartCount(page, 1);
    await settle(page);
    await page.goto('/checkout');
    // The saved address is chosen; no form to fill.
    await expect(page.getByTestId('address-option')).toContainText('7 Kernel Road');
    await expect(page.getByTestId('new-address-form')).toHaveCount(0);

    await page.getByText('Declined card').click();
    await page.getByTestId('place-order').click();
    const error = page.getByTestId('checkout-error');
    await expect(error).toContainText('Your payment was declined');
    await expect(error).toContainText(/declined/i);
    await expect(page).toHaveURL(/\/checkout$/);
    await expect(page.getByTestId('place-order')).toBeEnabled();
    await expect(page.getByTestId('checkout-items').getByTestId('order-item')).toHaveCount(1);
    await expectCartCount(page, 1);
    await shot(page, 'checkout-declined.png');

    // The cart is kept, on the server too.
    const { data: cart } = await api<{ data: CartDto }>(request, '/cart', token);
    expect(cart.item_count).toBe(1);
    const drawer = await openDrawer(page);
    await expect(drawer.getByTestId('cart-line')).toHaveCount(1);
    await page.keyboard.press('Escape');
    await expect(drawer).toBeHidden();

    // Another card is another attempt (a new Idempotency-Key): it goes through.
    await page.getByText('Visa 4242 (succeeds)').click();
    await page.getByTestId('place-order').click();
    await expect(page).toHaveURL(/\/orders\/[0-9a-f-]+\/confirmation$/);
    await expect(page.getByTestId('order-confirmation')).toContainText('Thank you for your order!');
    await expectCartCount(page, 0);
  });

  test('on a 360px phone the cart, checkout and order pages fit the screen', async ({ browser, request }) => {
    const [product] = await buyableProducts(request, 1);
    const context = await browser.newContext({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    try {
      await signUp(page, 'Ada');
      await page.goto('/products');
      await expect(page.getByTestId('quick-add').first()).toBeVisible();
      await noSidewaysScroll(page);
      await shot(page, 'mobile-catalog.png', false);
      await addFromProductPage(page, product.product);
      await noSidewaysScroll(page);
      await settle(page);

      const drawer = await openDrawer(page);
      await expect(drawer.getByTestId('cart-line')).toHaveCount(1);
      await noSidewaysScroll(page);
      await shot(page, 'mobile-cart-drawer.png', false);
      await drawer.getByTestId('cart-drawer-view').click();

      await expect(page).toHaveURL(/\/cart$/);
      await expect(drawer).toBeHidden();
      await expect(page.getByTestId('cart-line')).toHaveCount(1);
      await noSidewaysScroll(page);
      await shot(page, 'mobile-cart.png');

      await page.getByTestId('cart-checkout').click();
      await expect(page).toHaveURL(/\/checkout$/);
      await fillNewAddress(page);
      await page.getByText('Declined card').click();
      await page.getByTestId('place-order').click();
      await expect(page.getByTestId('checkout-error')).toContainText('Your payment was declined');
      await noSidewaysScroll(page);
      await shot(page, 'mobile-checkout-declined.png');

      await page.getByText('Visa 4242 (succeeds)').click();
      await page.getByTestId('place-order').click();
      await expect(page.getByTestId('order-confirmation')).toBeVisible();
      await noSidewaysScroll(page);
      await settle(page);
      await shot(page, 'mobile-confirmation.png');

      await page.getByTestId('confirmation-view-order').click();
      await expect(page.getByTestId('order-timeline')).toBeVisible();
      await noSidewaysScroll(page);
      await shot(page, 'mobile-order-detail.png');

      await page.goto('/account/orders');
      // The declined attempt is listed too, cancelled.
      await expect(page.getByTestId('order-row').filter({ hasText: 'Paid' })).toHaveCount(1);
      await noSidewaysScroll(page);
      await shot(page, 'mobile-order-history.png');
    } finally {
      await context.close();
    }
  });
});
