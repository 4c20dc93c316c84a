import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';

/**
 * The admin account that ADMIN_EMAIL / ADMIN_PASSWORD ensure at start (set by
 * scripts/e2e-server.mjs) signs in, finds the Admin entry that customers never see, and
 * manages users; the last admin cannot be demoted.
 */
const SHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));
mkdirSync(SHOTS, { recursive: true });
const ADMIN_EMAIL = process.env.E2E_ADMIN_EMAIL ?? 'admin@devgear.test';
const ADMIN_PASSWORD = process.env.E2E_ADMIN_PASSWORD ?? 'e2e admin passphrase';

test('the admin signs in, opens Admin · Users and cannot demote the last admin', async ({ page }) => {
  await page.goto('/sign-in?next=%2Fadmin%2Fusers');
  await page.getByLabel('Email').fill(ADMIN_EMAIL);
  await page.getByLabel('Password', { exact: true }).fill(ADMIN_PASSWORD);
  await page.getByTestId('sign-in-submit').click();
  await expect(page).toHaveURL(/\/admin/);
  await expect(page.getByTestId('admin-users')).toBeVisible();

  const search = page.locator('input[data-testid="users-search"], [data-testid="users-search"] input').first();
  await search.fill(ADMIN_EMAIL);
  await search.press('Enter');
  const adminRow = page.getByRole('row').filter({ hasText: ADMIN_EMAIL });
  await expect(adminRow).toBeVisible();
  await adminRow.getByTestId('role-select').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Customer' }).click();
  await page.getByTestId('role-confirm').click();
  await expect(page.getByTestId('role-error')).toContainText(/admin/i);
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(adminRow.getByTestId('role-select')).toContainText('Admin');
  await page.screenshot({ path: `${SHOTS}admin-users.png`, fullPage: true });

  await page.getByTestId('account-menu').click();
  await expect(page.getByTestId('menu-admin')).toBeVisible();
});

test('on a 360px phone every back-office page fits the screen; wide tables scroll inside their card', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto('/sign-in?next=%2Fadmin');
  await page.getByLabel('Email').fill(ADMIN_EMAIL);
  await page.getByLabel('Password', { exact: true }).fill(ADMIN_PASSWORD);
  await page.getByTestId('sign-in-submit').click();
  await expect(page.getByTestId('admin-dashboard')).toBeVisible();
  const pages: [string, string][] = [
    ['/admin', 'admin-dashboard'],
    ['/admin/products', 'admin-products'],
    ['/admin/orders', 'admin-orders'],
    ['/admin/discounts', 'admin-discounts'],
    ['/admin/users', 'admin-users'],
    ['/admin/reviews', 'admin-reviews'],
    ['/admin/blog', 'admin-blog'],
  ];
  for (const [path, testId] of pages) {
    await page.goto(path);
    await expect(page.getByTestId(testId)).toBeVisible();
    await expect(page.locator('.ant-skeleton, .ant-spin-spinning')).toHaveCount(0);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect([path, overflow]).toEqual([path, 0]);
  }
  await page.goto('/admin/orders');
  await page.screenshot({ path: `${SHOTS}admin-orders-phone.png` });
});
