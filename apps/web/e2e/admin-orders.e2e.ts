import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { OrderDto, ProductDetailDto, ProductListResponse, SessionDto } from '@devgear/contracts';
import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';

/**
 * The back office's journey against the built shop (scripts/e2e-server.mjs): a new customer
 * buys through the API (register -> cart -> POST /orders with the Visa test card), then the
 * admin signs in, reads the dashboard, creates a discount code in the UI (a second time: the
 * duplicate is named on the code field); a customer, in their own browser, applies that code in
 * the cart and checks out with it, and the admin sees it used once; then the admin finds the
 * first order and moves it paid -> packed -> shipped (carrier and tracking number) -> delivered. Screenshots of the dashboard, the
 * discount form and the order are left in e2e/screenshots/.
 */

const SHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));
mkdirSync(SHOTS, { recursive: true });
const ADMIN_EMAIL = process.env.E2E_ADMIN_EMAIL ?? 'admin@devgear.test';
const ADMIN_PASSWORD = process.env.E2E_ADMIN_PASSWORD ?? 'e2e admin passphrase';

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`.toUpperCase();

/**
 * Waits for antd's motions (drawer, field messages, toasts leaving) to finish, so a screenshot
 * is not taken mid-slide. Endless animations (a caret, a spinner) are not waited for, and a
 * motion still running after 10 s only makes the picture blurrier: it is not the journey's failure.
 */
async function settle(page: Page) {
  const running = () =>
    page.evaluate(
      () => document.getAnimations().filter((a) => a.playState === 'running' && Number.isFinite(a.effect?.getComputedTiming().endTime ?? 0)).length,
    );
  await expect
    .poll(running, { timeout: 10_000 })
    .toBe(0)
    .catch(async () => {
      const still = await page.evaluate(() =>
        document.getAnimations().map((a) => `${(a as CSSAnimation).animationName ?? (a as CSSTransition).transitionProperty} on .${((a.effect as KeyframeEffect | null)?.target as Element | null)?.className}`),
      );
      console.warn(`screenshot taken with motions still running: ${still.join(', ')}`);
    });
}

/** A picture of the page (from its top when whole), once toasts are gone and the mouse is out of the way. */
async function shot(page: Page, name: string, fullPage = true) {
  await page.mouse.move(0, 0);
  if (fullPage) {
    await expect(page.locator('.ant-message-notice')).toHaveCount(0, { timeout: 10_000 });
    await page.evaluate(() => window.scrollTo(0, 0));
  }
  await settle(page);
  await page.screenshot({ path: `${SHOTS}${name}`, fullPage });
}

async function ok(res: Awaited<ReturnType<APIRequestContext['get']>>, what: string) {
  expect(res.ok(), `${what} -> ${res.status()}: ${await res.text()}`).toBeTruthy();
  return res.json();
}

/** A new customer's paid order of one in-stock product, placed through the API. */
async function placePaidOrder(request: APIRequestContext): Promise<OrderDto & { email: string }> {
  const email = `buyer.${unique().toLowerCase()}@example.com`;
  const { data: session } = (await ok(
    await request.post('/api/v1/auth/register', { data: { email, password: 'admin journey 2025', first_name: 'Barbara', last_name: 'Liskov' } }),
    'POST /auth/register',
  )) as { data: SessionDto };
  const auth = { Authorization: `Bearer ${session.access_token}` };

  const list = (await ok(await request.get('/api/v1/products?in_stock=true&per_page=24'), 'GET /products')) as ProductListResponse;
  let variantId: string | undefined;
  for (const summary of list.data) {
    const { data: product } = (await ok(await request.get(`/api/v1/products/${summary.slug}`), 'GET /products/:slug')) as { data: ProductDetailDto };
    variantId = product.variants.find((v) => v.in_stock && v.available >= 1)?.id;
    if (variantId) break;
  }
  expect(variantId, 'an in-stock variant in the demo catalog').toBeTruthy();

  await ok(await request.post('/api/v1/cart/items', { headers: auth, data: { variant_id: variantId, quantity: 1 } }), 'POST /cart/items');
  const res = await request.post('/api/v1/orders', {
    headers: { ...auth, 'Idempotency-Key': randomUUID() },
    data: {
      shipping_address: { name: 'Barbara Liskov', line1: '1 Substitution Way', city: 'Cambridge', postal_code: 'CB2 1TN', country: 'GB' },
      payment_method: 'pm_card_visa',
    },
  });
  expect(res.status(), `POST /orders -> ${res.status()}: ${await res.text()}`).toBe(201);
  const { data: order } = (await res.json()) as { data: OrderDto };
  expect(order.status).toBe('paid');
  return { ...order, email };
}

const usd = (minor: number) => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(minor / 100);

/**
 * A new customer, in a browser of their own, signs up, puts a product of at least $50 in the
 * cart, applies the code on the cart page and pays with the Visa test card. Resolves to the
 * discount the order got, in minor units.
 */
async function customerUsesCode(browser: Browser, request: APIRequestContext, code: string, baseURL: string): Promise<number> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  try {
    await page.goto('/sign-up');
    await page.getByLabel('First name').fill('Edsger');
    await page.getByLabel('Last name').fill('Dijkstra');
    await page.getByLabel('Email').fill(`edsger.${unique().toLowerCase()}@example.com`);
    await page.getByLabel('Password').fill('admin journey 2025');
    await page.getByTestId('sign-up-submit').click();
    await expect(page.getByTestId('account-menu-name')).toHaveText('Edsger');
    const token = await page.evaluate(() => JSON.parse(window.localStorage.getItem('devgear.session')!).accessToken as string);

    // A variant of $50 or more, so the code's minimum is met.
    const list = (await ok(await request.get('/api/v1/products?in_stock=true&price_min=6000&sort=price_asc&per_page=24'), 'GET /products')) as ProductListResponse;
    let variantId: string | undefined;
    for (const summary of list.data) {
      const { data: product } = (await ok(await request.get(`/api/v1/products/${summary.slug}`), 'GET /products/:slug')) as { data: ProductDetailDto };
      variantId = product.variants.find((v) => v.in_stock && v.available >= 1 && v.price.amount >= 5000)?.id;
      if (variantId) break;
    }
    expect(variantId, 'a variant of $50 or more in stock').toBeTruthy();
    await ok(
      await request.post('/api/v1/cart/items', { headers: { Authorization: `Bearer ${token}` }, data: { variant_id: variantId, quantity: 1 } }),
      'POST /cart/items',
    );

    await page.goto('/cart');
    await expect(page.getByTestId('cart-line')).toHaveCount(1);
    await page.getByLabel('Discount code').fill(code.toLowerCase());
    await page.getByTestId('discount-apply').click();
    await expect(page.getByTestId('discount-code')).toHaveText(code);
    await expect(page.getByTestId('totals-discount')).toHaveText(`−${usd(1250)}`);
    await shot(page, 'customer-cart-with-admin-code.png');

    await page.getByTestId('cart-checkout').click();
    await expect(page).toHaveURL(/\/checkout$/);
    const form = page.getByTestId('new-address-form');
    await form.getByLabel('Full name').fill('Edsger Dijkstra');
    await form.getByLabel('Address line 1').fill('Plantage Muidergracht 24');
    await form.getByLabel('City').fill('Amsterdam');
    await form.getByLabel('Postal code').fill('1018 TV');
    await form.getByLabel('Country').selectOption('NL');
    await page.getByText('Visa 4242 (succeeds)').click();
    const placed = page.waitForResponse((res) => new URL(res.url()).pathname === '/api/v1/orders' && res.request().method() === 'POST');
    await page.getByTestId('place-order').click();
    const res = await placed;
    expect(res.status(), `POST /orders -> ${res.status()}`).toBe(201);
    const { data: order } = (await res.json()) as { data: OrderDto };
    expect(order.status).toBe('paid');
    await expect(page.getByTestId('order-confirmation').getByTestId('totals-discount')).toHaveText(`−${usd(1250)}`);
    return order.discount_total.amount;
  } finally {
    await context.close();
  }
}

/** The action buttons the order page offers now. */
const actions = (page: Page) => page.getByTestId('order-actions').locator('button');

test('the admin reads the dashboard, creates a discount a customer then uses, and fulfils a paid order', async ({ page, request, browser, baseURL }) => {
  test.setTimeout(180_000); // two shoppers and the admin: about a minute on a quiet machine
  const order = await placePaidOrder(request);

  // Sign in: /admin is the dashboard.
  await page.goto('/sign-in?next=%2Fadmin');
  await page.getByLabel('Email').fill(ADMIN_EMAIL);
  await page.getByLabel('Password', { exact: true }).fill(ADMIN_PASSWORD);
  await page.getByTestId('sign-in-submit').click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByTestId('admin-dashboard')).toBeVisible();
  await expect(page.getByTestId('kpi-revenue-value')).not.toHaveText('$0.00');
  await expect(page.getByTestId('kpi-orders-value')).not.toHaveText('0');
  await expect(page.getByTestId('chart-sales').locator('.recharts-surface').first()).toBeVisible();
  await expect(page.getByTestId('chart-statuses').locator('.recharts-surface').first()).toBeVisible();
  await expect(page.getByTestId('top-product-name').first()).toBeVisible();
  await shot(page, 'admin-dashboard.png');

  // A discount code, made in the drawer: $12.50 off orders from $50, 100 uses.
  const code = `ADM${unique()}`.slice(0, 20);
  await page.getByTestId('admin-nav-discounts').click();
  await expect(page.getByTestId('admin-discounts')).toBeVisible();
  await page.getByTestId('discount-new').click();
  const drawer = page.getByTestId('discount-drawer');
  await expect(drawer).toBeVisible();
  await drawer.getByLabel('Code').fill(code.toLowerCase());
  await drawer.getByText('Fixed amount').click();
  await drawer.getByLabel('Amount off').fill('12.50');
  await drawer.getByLabel('Minimum subtotal').fill('50');
  await drawer.getByLabel('Usage limit').fill('100');
  await drawer.getByLabel('Per customer').fill('1');
  await expect(drawer.getByLabel('Code')).toHaveValue(code);
  await shot(page, 'admin-discount-form.png', false);
  await page.getByTestId('discount-submit').click();
  await expect(drawer).toBeHidden();
  const row = page.getByRole('row').filter({ hasText: code });
  await expect(row.getByTestId('discount-value-cell')).toHaveText('$12.50 off');
  await expect(row).toContainText('Orders from $50.00 · 100 uses · 1 per customer');
  await expect(row.getByTestId('discount-state')).toHaveText('Active');
  await shot(page, 'admin-discounts.png');

  // The same code again: the API's 409 lands on the code field.
  await page.getByTestId('discount-new').click();
  await expect(drawer).toBeVisible();
  await drawer.getByLabel('Code').fill(code);
  await drawer.getByLabel('Percentage off').fill('10');
  await page.getByTestId('discount-submit').click();
  await expect(drawer.getByTestId('field-error-code')).toContainText(/already|exists|taken/i);
  await shot(page, 'admin-discount-duplicate.png', false);
  await drawer.getByRole('button', { name: 'Cancel' }).click();
  await expect(drawer).toBeHidden();

  // A customer uses the new code; the admin's table counts the use.
  expect(await customerUsesCode(browser, request, code, baseURL!)).toBe(1250);
  await page.reload();
  await expect(page.getByRole('row').filter({ hasText: code }).getByTestId('discount-used')).toHaveText('1 / 100');

  // The order: found by its number, then moved along the machine.
  await page.getByTestId('admin-nav-orders').click();
  await expect(page.getByTestId('admin-orders')).toBeVisible();
  const search = page.locator('[data-testid="orders-search"] input, input[data-testid="orders-search"]').first();
  await search.fill(order.number);
  await search.press('Enter');
  await expect(page).toHaveURL(new RegExp(`q=${order.number}`));
  await expect(page.getByTestId('order-link')).toHaveCount(1);
  await expect(page.getByTestId('order-customer')).toHaveText(order.email);
  await shot(page, 'admin-orders.png');
  await page.getByTestId('order-link').click();

  await expect(page.getByTestId('admin-order')).toContainText(`Order ${order.number}`);
  await expect(page.getByTestId('order-customer-email')).toHaveText(order.email);
  await expect(page.getByTestId('order-address')).toContainText('1 Substitution Way');
  await expect(actions(page)).toHaveText(['Mark packed', 'Cancel and refund']);

  await page.getByTestId('order-action-pack').click();
  await expect(page.locator('.ant-message-notice')).toContainText(`Order ${order.number} is marked packed.`);
  await expect(actions(page)).toHaveText(['Mark shipped']);

  await page.getByTestId('order-action-ship').click();
  const ship = page.getByRole('dialog', { name: `Ship order ${order.number}` });
  await expect(ship).toBeVisible();
  await ship.getByLabel('Carrier').fill('Royal Mail');
  await ship.getByLabel('Tracking number').fill('RM123456785GB');
  await shot(page, 'admin-order-ship-modal.png', false);
  await page.getByTestId('ship-submit').click();
  await expect(ship).toBeHidden();
  await expect(page.getByTestId('shipment-carrier')).toHaveText('Royal Mail');
  await expect(page.getByTestId('shipment-tracking')).toContainText('RM123456785GB');
  await expect(actions(page)).toHaveText(['Mark delivered']);
  await shot(page, 'admin-order-shipped.png');

  await page.getByTestId('order-action-deliver').click();
  await expect(page.getByTestId('admin-order').getByTestId('order-status').first()).toHaveText('Delivered');
  await expect(actions(page)).toHaveCount(0);
  await expect(page.getByTestId('timeline-status')).toHaveText(['Order placed', 'Paid', 'Packed', 'Shipped', 'Delivered']);
  await shot(page, 'admin-order.png');

  // The list shows the new status too.
  await page.getByTestId('admin-nav-orders').click();
  await expect(page.getByRole('row').filter({ hasText: order.number }).getByTestId('order-status')).toHaveText('Delivered');
});
