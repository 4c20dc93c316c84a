import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';

/**
 * The admin's product journey against the built shop (scripts/e2e-server.mjs): sign in, create
 * a product with two variants, upload a real JPEG with its alt text (twice, then drag the second
 * in front), find the product in the storefront (its images and both variants), then set a variant's stock in the back office and
 * see the storefront's stock follow. Screenshots of the products table and the editor.
 */
const SHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));
mkdirSync(SHOTS, { recursive: true });
const JPEG = fileURLToPath(new URL('../../api/test/fixtures/keyboard.jpg', import.meta.url));
const ADMIN_EMAIL = process.env.E2E_ADMIN_EMAIL ?? 'admin@devgear.test';
const ADMIN_PASSWORD = process.env.E2E_ADMIN_PASSWORD ?? 'e2e admin passphrase';

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`.toUpperCase();

/**
 * A picture from the top of the page (a scrolled page would show the sticky header mid-page),
 * once the toasts ("Welcome back", "Image uploaded") have gone.
 */
async function shot(page: Page, name: string) {
  await expect(page.locator('.ant-message-notice')).toHaveCount(0, { timeout: 15_000 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SHOTS}${name}`, fullPage: true });
}

async function signInAsAdmin(page: Page, next: string) {
  await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Email').fill(ADMIN_EMAIL);
  await page.getByLabel('Password', { exact: true }).fill(ADMIN_PASSWORD);
  await page.getByTestId('sign-in-submit').click();
  await expect(page).toHaveURL(new RegExp(`${next}$`));
}

/** One variant row of the editor. */
const variantRow = (page: Page, index: number) => page.getByTestId('variant-row').nth(index);

async function fillVariant(page: Page, index: number, v: { sku: string; name: string; color: string; price: string; available: string }) {
  const row = variantRow(page, index);
  await row.getByTestId('variant-sku').fill(v.sku);
  await row.getByTestId('variant-name').fill(v.name);
  await row.getByTestId('option-add').click();
  await row.getByTestId('option-key').fill('color');
  await row.getByTestId('option-value').fill(v.color);
  await row.getByTestId('variant-price').fill(v.price);
  await row.getByTestId('variant-available').fill(v.available);
}

test('the admin creates a product with two variants and an image, and its stock reaches the storefront', async ({ page }) => {
  const id = unique();
  const name = `E2E Split Keyboard ${id}`;
  const black = { sku: `E2E-${id}-BLK`, name: 'Black', color: 'black', price: '79.00', available: '8' };
  const white = { sku: `E2E-${id}-WHT`, name: 'White', color: 'white', price: '89.50', available: '3' };

  await signInAsAdmin(page, '/admin/products');
  await expect(page.getByTestId('admin-nav-products')).toBeVisible();
  await expect(page.getByTestId('product-link').first()).toBeVisible();
  await expect(page.getByTestId('products-total')).toContainText('products');
  await shot(page, 'admin-products.png');

  // --- create ---
  await page.getByTestId('new-product').click();
  await expect(page).toHaveURL(/\/admin\/products\/new$/);
  await page.getByTestId('product-name').fill(name);
  await page.getByTestId('product-brand').fill('ZSA');
  await page.getByTestId('product-category').click();
  await page.keyboard.type('Keyboards');
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="Peripherals › Keyboards"]').click();
  await page.getByTestId('product-description').fill('A split keyboard made by the Playwright journey. Two halves, tenting legs.');
  await fillVariant(page, 0, black);
  await page.getByTestId('variant-add').click();
  await fillVariant(page, 1, white);
  await page.getByTestId('spec-add').click();
  await page.getByTestId('spec-key').fill('Weight');
  await page.getByTestId('spec-value').fill('750');
  await page.getByTestId('spec-unit').fill('g');
  // Unsaved: the save bar stays in view at the bottom of the window.
  await expect(page.getByTestId('product-dirty-state')).toHaveText('Unsaved changes');
  await page.getByTestId('variant-row').first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}admin-product-new.png` });
  await page.getByTestId('product-save').click();

  await expect(page).toHaveURL(/\/admin\/products\/[0-9a-f-]{36}$/);
  await expect(page.getByText(`${name} created. Add its images below.`)).toBeVisible();
  await expect(page.getByTestId('product-editor-title')).toContainText(name);
  await expect(page.getByTestId('variant-row')).toHaveCount(2);
  await expect(variantRow(page, 0).getByTestId('variant-price')).toHaveValue('79.00');
  await expect(variantRow(page, 0).getByTestId('variant-stock-units')).toHaveText('8');
  await expect(variantRow(page, 1).getByTestId('variant-stock-units')).toHaveText('3');
  const slug = await page.getByTestId('product-slug').inputValue();
  expect(slug).toBe(`e2e-split-keyboard-${id.toLowerCase()}`);
  const editorUrl = page.url();

  // --- image ---
  await page.getByTestId('image-upload').locator('input[type="file"]').setInputFiles(JPEG);
  await expect(page.getByTestId('image-preview')).toBeVisible();
  await page.getByTestId('image-alt').fill('Split keyboard from above, both halves');
  await page.getByTestId('image-upload-submit').click();
  await expect(page.getByText('Image uploaded.')).toBeVisible();
  await expect(page.getByTestId('product-image')).toHaveCount(1);
  await expect(page.getByTestId('product-image').locator('img')).toHaveAttribute('alt', 'Split keyboard from above, both halves');
  await expect.poll(() => page.getByTestId('product-image').locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await expect(page.getByTestId('product-image-alt')).toHaveText(['Split keyboard from above, both halves']);

  // A second picture, dragged in front: it becomes the main image.
  await page.getByTestId('image-upload').locator('input[type="file"]').setInputFiles(JPEG);
  await page.getByTestId('image-alt').fill('Split keyboard, tented, side view');
  await page.getByTestId('image-upload-submit').click();
  await expect(page.getByTestId('product-image')).toHaveCount(2);
  await page.getByTestId('product-image').nth(1).dragTo(page.getByTestId('product-image').nth(0));
  await expect(page.getByText('Main image changed.')).toBeVisible();
  await expect(page.getByTestId('product-image-alt')).toHaveText(['Split keyboard, tented, side view', 'Split keyboard from above, both halves']);
  await page.reload();
  await expect(page.getByTestId('product-image-alt')).toHaveText(['Split keyboard, tented, side view', 'Split keyboard from above, both halves']);
  await shot(page, 'admin-product-editor.png');

  // --- storefront ---
  await page.goto(`/products/${slug}`);
  await expect(page.getByTestId('product-title')).toHaveText(name);
  const main = page.getByTestId('gallery-main-image');
  await expect(main).toHaveAttribute('alt', 'Split keyboard, tented, side view');
  await expect(page.getByTestId('gallery-thumb')).toHaveCount(2);
  await expect(main).toHaveAttribute('src', /\/media\//);
  await expect.poll(() => main.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await expect(page.getByTestId('variant-option-color-black')).toBeVisible();
  await expect(page.getByTestId('variant-option-color-white')).toBeVisible();
  await page.getByTestId('variant-option-color-black').click();
  await expect(page.getByTestId('product-sku')).toHaveText(black.sku);
  await expect(page.getByTestId('product-price')).toHaveText('$79.00');
  await expect(page.getByTestId('stock-state')).toHaveText(/In stock/);
  await page.getByTestId('variant-option-color-white').click();
  await expect(page.getByTestId('product-sku')).toHaveText(white.sku);
  await expect(page.getByTestId('product-price')).toHaveText('$89.50');
  await expect(page.getByTestId('stock-state')).toHaveText(/Only 3 left/);

  // --- stock, back in the back office ---
  await page.goto(editorUrl);
  await variantRow(page, 0).getByTestId('adjust-stock').click();
  const modal = page.getByTestId('stock-modal');
  await expect(modal.getByTestId('stock-current')).toHaveText('8');
  await modal.getByTestId('stock-available').fill('0');
  await modal.getByTestId('stock-reason').fill('damaged in the warehouse');
  await expect(modal).toContainText('−8 units');
  await page.screenshot({ path: `${SHOTS}admin-product-stock-modal.png` });
  await modal.getByTestId('stock-submit').click();
  await expect(page.getByText(`${black.sku}: stock set to 0 (was 8).`)).toBeVisible();
  await expect(variantRow(page, 0).getByTestId('variant-stock-units')).toHaveText('0');
  await expect(variantRow(page, 0).getByTestId('variant-stock')).toContainText('Out of stock');
  const movement = page.getByTestId('movement-row').first();
  await expect(movement.getByTestId('movement-reason')).toHaveText('damaged in the warehouse');
  await expect(movement.getByTestId('movement-delta')).toHaveText('−8');
  await expect(movement).toContainText(ADMIN_EMAIL);
  await shot(page, 'admin-product-after-stock.png');

  // The list shows the product's stock at a glance.
  await page.getByTestId('admin-nav-products').click();
  await page.getByPlaceholder('Name, brand or SKU').fill(id);
  await page.getByPlaceholder('Name, brand or SKU').press('Enter');
  const row = page.getByRole('row').filter({ hasText: name });
  await expect(row.getByTestId('product-total-available')).toHaveText('3');
  await expect(row.getByTestId('product-stock-tag')).toHaveText('Low');

  await page.goto(`/products/${slug}`);
  await page.getByTestId('variant-option-color-black').click();
  await expect(page.getByTestId('product-sku')).toHaveText(black.sku);
  await expect(page.getByTestId('stock-state')).toHaveText(/Out of stock/);
});
