import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { MailboxMessageDto } from '@devgear/contracts';
import { expect, test, type Page, type Response } from '@playwright/test';

/**
 * The account journey of a new customer: sign up -> sign out -> sign in (through a protected
 * page) -> address book (add, edit, survive a reload) -> forgot password -> the reset email in
 * the development mailbox -> new password -> sign in with it, while the old one is refused.
 * Runs against the built shop on a fresh database (scripts/e2e-server.mjs).
 */

const SHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));
mkdirSync(SHOTS, { recursive: true });
const shot = (page: Page, name: string, fullPage = true) => page.screenshot({ path: `${SHOTS}${name}`, fullPage });

const unique = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
const email = `ada.${unique}@example.com`;
const firstPassword = 'analytical engine 1843';
const newPassword = 'difference engine 1822';

async function signIn(page: Page, password: string) {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByTestId('sign-in-submit').click();
}

/** Opens the account menu (the kit's disclosure menu) and waits for its entries. */
async function openAccountMenu(page: Page) {
  await page.getByTestId('account-menu').click();
  await expect(page.getByTestId('menu-sign-out')).toBeVisible();
}

async function signOut(page: Page) {
  await openAccountMenu(page);
  await page.getByTestId('menu-sign-out').click();
  await expect(page.getByTestId('sign-in-link')).toBeVisible();
}

/** The newest password-reset email sent to `to`, from the development mailbox. */
async function resetLink(page: Page, to: string): Promise<string> {
  let link: string | undefined;
  await expect
    .poll(async () => {
      const res = await page.request.get(`/api/v1/dev/mailbox?to=${encodeURIComponent(to)}`);
      expect(res.ok(), `GET /api/v1/dev/mailbox -> ${res.status()}`).toBeTruthy();
      const { data } = (await res.json()) as { data: MailboxMessageDto[] };
      const mail = data.find((m) => /reset/i.test(m.subject));
      link = mail?.text.match(/https?:\/\/\S+\/reset-password\?token=\S+/)?.[0];
      return link;
    })
    .toBeTruthy();
  return link!;
}

test.describe('accounts', () => {
  test('a customer signs up, keeps an address book and resets a forgotten password', async ({ page }) => {
    // Sign up
    await page.goto('/');
    await page.getByTestId('sign-in-link').click();
    await page.getByTestId('sign-up-link').click();
    await expect(page).toHaveURL(/\/sign-up$/);
    await page.getByLabel('First name').fill('Ada');
    await page.getByLabel('Last name').fill('Lovelace');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(firstPassword);
    await shot(page, 'sign-up.png');
    await page.getByTestId('sign-up-submit').click();
    await expect(page.getByTestId('account-menu-name')).toHaveText('Ada');
    await expect(page).toHaveURL(/\/$/);

    // Sign out, then open a protected page: sign in first, then back to it.
    await signOut(page);
    await page.goto('/account/addresses');
    await expect(page).toHaveURL(/\/sign-in\?next=%2Faccount%2Faddresses$/);
    await signIn(page, firstPassword);
    await expect(page).toHaveURL(/\/account\/addresses$/);
    await expect(page.getByTestId('account-menu-name')).toHaveText('Ada');
    await expect(page.getByTestId('addresses-empty')).toBeVisible();

    // Customers cannot open the back office.
    await page.goto('/admin');
    await expect(page.getByTestId('forbidden')).toBeVisible();
    // The back office has its own layout: its 403 page leads back to the shop, where the menu is.
    await page.getByRole('link', { name: 'Back to the shop' }).click();
    await expect(page).toHaveURL(/\/$/);

    // Account -> Addresses through the menu and the tabs
    await openAccountMenu(page);
    await page.getByTestId('menu-account').click();
    await expect(page).toHaveURL(/\/account$/);
    await expect(page.getByTestId('profile-email')).toHaveValue(email);
    await page.getByTestId('account-tab-addresses').click();
    await expect(page).toHaveURL(/\/account\/addresses$/);

    // Add an address
    await page.getByTestId('address-add').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Label').fill('Home');
    await dialog.getByLabel('Full name').fill('Ada Lovelace');
    await dialog.getByLabel('Address line 1').fill('12 St James Square');
    await dialog.getByLabel('City').fill('London');
    await dialog.getByLabel('Postal code').fill('SW1Y 4JH');
    await dialog.getByLabel('Country').selectOption('GB');
    await expect(dialog.getByLabel('Country')).toHaveValue('GB');
    await dialog.getByTestId('address-submit').click();
    await expect(dialog).toBeHidden();
    const card = page.getByTestId('address-card');
    await expect(card).toHaveCount(1);
    await expect(card).toContainText('12 St James Square');
    await expect(card).toContainText('London, SW1Y 4JH');
    await expect(card).toContainText('United Kingdom');
    // The first address is the default.
    await expect(card.getByTestId('default-badge')).toBeVisible();

    // Edit it
    await card.getByTestId('address-edit').click();
    await expect(dialog.getByLabel('Address line 1')).toHaveValue('12 St James Square');
    await dialog.getByLabel('Address line 1').fill('221B Baker Street');
    await dialog.getByLabel('Address line 2').fill('Second floor');
    await dialog.getByTestId('address-submit').click();
    await expect(dialog).toBeHidden();
    await expect(card).toContainText('221B Baker Street');
    await expect(card).toContainText('Second floor');
    await expect(card).not.toContainText('12 St James Square');
    // Let the success toast go before the picture.
    await expect(page.locator('.ui-toast')).toHaveCount(0, { timeout: 10_000 });
    await shot(page, 'account-addresses.png');

    // A reload keeps the session and shows what the server stored.
    await page.reload();
    await expect(page.getByTestId('account-menu-name')).toHaveText('Ada');
    await expect(page.getByTestId('address-card')).toContainText('221B Baker Street');

    // An expired access token is renewed silently, with ONE refresh for the requests that
    // failed together (simulated: the saved access token is replaced by an invalid one).
    await page.evaluate((key) => {
      const saved = JSON.parse(window.localStorage.getItem(key)!);
      window.localStorage.setItem(key, JSON.stringify({ ...saved, accessToken: 'expired.access.token' }));
    }, 'devgear.session');
    const refreshes: number[] = [];
    const unauthorized: string[] = [];
    const watch = (res: Response) => {
      const path = new URL(res.url()).pathname;
      if (path === '/api/v1/auth/refresh') refreshes.push(res.status());
      else if (path.startsWith('/api/v1/me') && res.status() === 401) unauthorized.push(path);
    };
    page.on('response', watch);
    await page.reload();
    await expect(page.getByTestId('address-card')).toContainText('221B Baker Street');
    await expect(page.getByTestId('account-menu-name')).toHaveText('Ada');
    page.off('response', watch);
    expect(unauthorized.sort()).toEqual(['/api/v1/me', '/api/v1/me/addresses']);
    expect(refreshes).toEqual([200]);
    expect(await page.evaluate(() => JSON.parse(window.localStorage.getItem('devgear.session')!).accessToken)).not.toBe('expired.access.token');

    // Signing out in one tab signs out the others.
    const otherTab = await page.context().newPage();
    await otherTab.goto('/account');
    await expect(otherTab.getByTestId('account-menu-name')).toHaveText('Ada');

    // Forgot the password
    await signOut(page);
    await expect(otherTab).toHaveURL(/\/sign-in\?next=%2Faccount$/);
    await expect(otherTab.getByTestId('sign-in-link')).toBeVisible();
    await otherTab.close();
    await page.getByTestId('sign-in-link').click();
    await page.getByTestId('forgot-password-link').click();
    await expect(page).toHaveURL(/\/forgot-password$/);
    await page.getByLabel('Email').fill(email);
    await page.getByTestId('forgot-password-submit').click();
    await expect(page.getByTestId('reset-requested')).toContainText(`If an account exists for ${email}`);

    // Follow the emailed link (its path: the mail's origin is the API's APP_URL).
    const link = new URL(await resetLink(page, email));
    await page.goto(`${link.pathname}${link.search}`);
    await expect(page.getByTestId('reset-password-form')).toBeVisible();
    await page.getByLabel('New password').fill(newPassword);
    await page.getByLabel('Confirm password').fill(newPassword);
    await shot(page, 'reset-password.png');
    await page.getByTestId('reset-password-submit').click();
    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(page.getByTestId('sign-in-notice')).toContainText('Your password has been changed');

    // The link works once.
    await page.goto(`${link.pathname}${link.search}`);
    await page.getByLabel('New password').fill('yet another password 1');
    await page.getByLabel('Confirm password').fill('yet another password 1');
    await page.getByTestId('reset-password-submit').click();
    await expect(page.getByTestId('reset-link-invalid')).toContainText('Request a new link');

    // The new password works...
    await page.goto('/sign-in');
    await signIn(page, newPassword);
    await expect(page.getByTestId('account-menu-name')).toHaveText('Ada');

    // ...and the old one is refused with the API's message.
    await signOut(page);
    await page.getByTestId('sign-in-link').click();
    await signIn(page, firstPassword);
    await expect(page.getByTestId('form-error')).toContainText('Invalid email or password');
    await expect(page.getByTestId('sign-in-link')).toBeVisible();
    await shot(page, 'sign-in-refused.png', false);
  });

  test('on a 360px phone the sign-up form, the account menu and the account page fit the screen', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const noSidewaysScroll = async () =>
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    try {
      await page.goto('/sign-up');
      await page.getByLabel('First name').fill('Grace');
      await page.getByLabel('Last name').fill('Hopper');
      await page.getByLabel('Email').fill(`grace.${unique}@example.com`);
      await page.getByLabel('Password').fill('compiler cobol 1959');
      await noSidewaysScroll();
      await page.getByTestId('sign-up-submit').click();
      await expect(page.getByTestId('account-menu')).toBeVisible();

      await openAccountMenu(page);
      await expect(page.getByTestId('menu-account')).toBeVisible();
      await expect(page.getByTestId('menu-admin')).toHaveCount(0);
      await page.getByTestId('menu-account').click();
      await page.getByTestId('account-tab-addresses').click();
      await expect(page.getByTestId('addresses-empty')).toBeVisible();
      await page.getByTestId('address-add').click();
      await expect(page.getByRole('dialog').getByLabel('Full name')).toBeVisible();
      await noSidewaysScroll();
      await shot(page, 'account-mobile-address.png', false);
    } finally {
      await context.close();
    }
  });
});
