import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ProductDetailDto, ProductListResponse, VariantDto } from '@devgear/contracts';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';

/**
 * The storefront journey of a shopper looking for a keyboard: home -> search -> facets ->
 * sort -> product -> variant. Runs against the built shop with the demo catalog; the few
 * choices that depend on the data (which brand, which price range, which variant) are
 * read from the API so the journey does not hard-code the demo catalog's contents.
 */

const SHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));
mkdirSync(SHOTS, { recursive: true });
const shot = (page: Page, name: string, fullPage = true) => page.screenshot({ path: `${SHOTS}${name}`, fullPage });

const usd = (amount: number, currency = 'USD') =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(amount / 100);

function expectedStock(v: VariantDto): string {
  if (!v.in_stock || v.available <= 0) return 'Out of stock';
  if (v.available <= 5) return `Only ${v.available} left`;
  return 'In stock';
}

async function api<T>(request: APIRequestContext, path: string): Promise<T> {
  const res = await request.get(`/api/v1${path}`);
  expect(res.ok(), `GET /api/v1${path} -> ${res.status()}`).toBeTruthy();
  return (await res.json()) as T;
}

/** The amounts (minor units) of the product cards on the page, in order. */
async function cardAmounts(page: Page): Promise<number[]> {
  const values = await page.getByTestId('product-card-price').evaluateAll((els) => els.map((el) => el.getAttribute('data-amount')));
  return values.map(Number);
}

/** Waits until the catalog shows the answer to a request whose query has all of `params`. */
function catalogResponse(page: Page, params: Record<string, string>) {
  return page.waitForResponse((res) => {
    const url = new URL(res.url());
    if (url.pathname !== '/api/v1/products' || url.searchParams.get('per_page') === '5') return false;
    return Object.entries(params).every(([k, v]) => url.searchParams.get(k) === v);
  });
}

async function chooseSort(page: Page, label: string) {
  await page.getByRole('combobox', { name: 'Sort by' }).selectOption({ label });
}

function expectNonDecreasing(values: number[]) {
  for (let i = 1; i < values.length; i++) {
    expect(values[i], `price #${i + 1} (${values[i]}) after ${values[i - 1]}`).toBeGreaterThanOrEqual(values[i - 1]);
  }
}

interface Target {
  product: ProductDetailDto;
  from: VariantDto;
  to: VariantDto;
}

/**
 * A "keyboard" search result with at least two variants, preferring (in this order) one
 * whose variants differ in price, whose brand has other, cheaper keyboards (so the price
 * range and the sort have something to do).
 */
async function findMultiVariantKeyboard(request: APIRequestContext): Promise<Target> {
  const list = await api<ProductListResponse>(request, '/products?q=keyboard&per_page=100');
  const cheapestOfBrand = new Map<string, number>();
  for (const p of list.data) cheapestOfBrand.set(p.brand, Math.min(cheapestOfBrand.get(p.brand) ?? Infinity, p.price.amount));
  let best: { target: Target; score: number } | undefined;
  for (const summary of list.data) {
    const { data: product } = await api<{ data: ProductDetailDto }>(request, `/products/${summary.slug}`);
    if (product.variants.length < 2) continue;
    const from = product.variants.find((v) => v.in_stock && v.available > 0) ?? product.variants[0];
    const others = product.variants.filter((v) => v.id !== from.id);
    const to = others.find((v) => v.price.amount !== from.price.amount) ?? others[0];
    const score = (to.price.amount !== from.price.amount ? 2 : 0) + (cheapestOfBrand.get(product.brand)! < product.price.amount ? 1 : 0);
    if (!best || score > best.score) best = { target: { product, from, to }, score };
    if (score === 3) break;
  }
  if (!best) throw new Error('The demo catalog has no "keyboard" product with two or more variants to pick from');
  return best.target;
}

test.describe('storefront catalog', () => {
  test('a shopper finds a keyboard, narrows it down and picks a variant', async ({ page, request }) => {
    const target = await findMultiVariantKeyboard(request);
    const { product } = target;

    // Home
    await page.goto('/');
    await expect(page.getByTestId('hero')).toBeVisible();
    await expect(page.getByTestId('new-arrivals').getByTestId('product-card').first()).toBeVisible();
    await expect(page.getByTestId('best-rated').getByTestId('product-card').first()).toBeVisible();
    await expect(page.getByTestId('featured-categories')).toBeVisible();
    await shot(page, 'home.png');

    // Search from the header (Enter)
    const searched = catalogResponse(page, { q: 'keyboard' });
    await page.getByTestId('search-input').fill('keyboard');
    await page.getByTestId('search-input').press('Enter');
    await expect(page).toHaveURL(/\/products\?q=keyboard$/);
    await searched;
    await expect(page.getByTestId('product-card').first()).toBeVisible();
    await expect(page.getByTestId('result-count')).toBeVisible();

    // Filter by brand from the facets
    const byBrand = catalogResponse(page, { q: 'keyboard', brand: product.brand });
    await page.getByTestId(`facet-brand-${product.brand}`).click();
    await expect(page).toHaveURL(new RegExp(`brand=${encodeURIComponent(product.brand).replace(/%20/g, '(\\+|%20)')}`));
    await byBrand;
    // The answer is in, the grid renders it a moment later: until then it holds the previous
    // cards or none, so the check waits for a non-empty grid of that brand only.
    const brandsShown = () => page.getByTestId('product-card').evaluateAll((els) => els.map((el) => el.getAttribute('data-brand')?.toLowerCase()));
    await expect.poll(async () => [...new Set(await brandsShown())]).toEqual([product.brand.toLowerCase()]);
    await expect(page.getByTestId('active-filter-brand')).toContainText(product.brand);

    // Set a price range (dollars in the inputs, cents in the URL and the API)
    const facets = await api<ProductListResponse>(request, `/products?q=keyboard&brand=${encodeURIComponent(product.brand)}&per_page=1`);
    const minDollars = Math.floor((facets.meta.facets.price.min ?? 0) / 100);
    const maxDollars = Math.ceil(product.price.amount / 100);
    const priced = catalogResponse(page, { price_min: String(minDollars * 100), price_max: String(maxDollars * 100) });
    await page.getByTestId('price-min').fill(String(minDollars));
    await page.getByTestId('price-max').fill(String(maxDollars));
    await page.getByTestId('price-apply').click();
    await expect(page).toHaveURL(new RegExp(`price_min=${minDollars * 100}&price_max=${maxDollars * 100}`));
    await priced;
    await expect(page.getByTestId('active-filter-price')).toBeVisible();
    for (const amount of await cardAmounts(page)) {
      expect(amount).toBeGreaterThanOrEqual(minDollars * 100);
      expect(amount).toBeLessThanOrEqual(maxDollars * 100);
    }
    await expect(page.locator(`[data-testid="product-card"][data-slug="${product.slug}"]`)).toBeVisible();

    // Sort by price, low to high
    const sorted = catalogResponse(page, { sort: 'price_asc' });
    await chooseSort(page, 'Price: low to high');
    await expect(page).toHaveURL(/sort=price_asc/);
    await sorted;
    await expect(page.getByTestId('product-grid')).toBeVisible();
    const amounts = await cardAmounts(page);
    expect(amounts.length).toBeGreaterThan(0);
    expectNonDecreasing(amounts);
    await shot(page, 'catalog.png');

    // Open the product
    await page.locator(`[data-testid="product-card"][data-slug="${product.slug}"]`).getByTestId('product-card-link').click();
    await expect(page).toHaveURL(new RegExp(`/products/${product.slug}$`));
    await expect(page.getByTestId('product-title')).toHaveText(product.name);
    await expect(page.getByTestId('product-sku')).toHaveText(target.from.sku);
    await expect(page.getByTestId('product-price')).toHaveText(usd(target.from.price.amount, target.from.price.currency));
    await expect(page.getByTestId('stock-state')).toContainText(expectedStock(target.from));
    await shot(page, 'product.png');

    // Pick a different variant, option by option in the order the page lists them
    const keys = Object.keys(product.variants[0].options);
    for (const v of product.variants) for (const k of Object.keys(v.options)) if (!keys.includes(k)) keys.push(k);
    for (const key of keys) {
      const value = target.to.options[key];
      if (value === undefined) continue;
      const option = page.getByTestId(`variant-option-${key}-${value}`);
      if ((await option.getAttribute('data-selected')) === 'true') continue;
      await option.click();
    }
    await expect(page).toHaveURL(new RegExp(`[?&]variant=${target.to.id}`));
    await expect(page.getByTestId('product-sku')).toHaveText(target.to.sku);
    await expect(page.getByTestId('product-price')).toHaveText(usd(target.to.price.amount, target.to.price.currency));
    await expect(page.getByTestId('stock-state')).toContainText(expectedStock(target.to));
    await shot(page, 'product-variant.png');

    // The chosen variant survives a reload.
    await page.reload();
    await expect(page.getByTestId('product-sku')).toHaveText(target.to.sku);
  });

  test('a filtered, sorted catalog URL reloads into the same state', async ({ page }) => {
    const url = '/products?category=keyboards&sort=price_asc';
    const loaded = catalogResponse(page, { category: 'keyboards', sort: 'price_asc' });
    await page.goto(url);
    await loaded;

    const check = async () => {
      await expect(page).toHaveURL(url);
      await expect(page.getByRole('combobox', { name: 'Sort by' })).toHaveValue('price_asc');
      await expect(page.getByTestId('active-filter-category')).toBeVisible();
      await expect(page.getByTestId('product-card').first()).toBeVisible();
      expectNonDecreasing(await cardAmounts(page));
    };
    await check();
    const before = await page.getByTestId('product-card').evaluateAll((els) => els.map((el) => el.getAttribute('data-slug')));

    const reloaded = catalogResponse(page, { category: 'keyboards', sort: 'price_asc' });
    await page.reload();
    await reloaded;
    await check();
    const after = await page.getByTestId('product-card').evaluateAll((els) => els.map((el) => el.getAttribute('data-slug')));
    expect(after).toEqual(before);
  });

  test('on a 360px phone the catalog fits the screen and filters live in a drawer', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    try {
      const loaded = catalogResponse(page, { q: 'keyboard' });
      await page.goto('/products?q=keyboard');
      await loaded;
      await expect(page.getByTestId('product-card').first()).toBeVisible();
      // Nothing sticks out sideways.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await expect(page.getByTestId('catalog-filters')).toHaveCount(0);
      await shot(page, 'catalog-mobile.png', false);

      await page.getByTestId('filters-button').click();
      const drawer = page.getByRole('dialog', { name: 'Filters' });
      await expect(drawer.getByTestId('catalog-filters')).toBeVisible();
      await expect(drawer.locator('[data-testid^="facet-brand-"]').first()).toBeVisible();
      await shot(page, 'catalog-mobile-filters.png', false);
    } finally {
      await context.close();
    }
  });

  test('an unknown address shows the not-found page', async ({ page }) => {
    await page.goto('/this/page/does-not-exist');
    await expect(page.getByTestId('not-found')).toBeVisible();
    await expect(page.getByText('Page not found')).toBeVisible();
    await page.getByText('Back to the shop').click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByTestId('hero')).toBeVisible();
  });

  test('an unknown product shows a friendly not-found page', async ({ page }) => {
    await page.goto('/products/no-such-product-anywhere');
    await expect(page.getByText('Product not found')).toBeVisible();
    await expect(page.getByText('Browse all products')).toBeVisible();
  });
});
