import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumExecutablePath } from '../../../scripts/browser.mjs';

/**
 * Storefront journeys in Chromium against the BUILT shop (API + web on one port, a fresh
 * database with the demo catalog), started by scripts/e2e-server.mjs. Point
 * E2E_BASE_URL at an already running shop to skip starting one. The browser is the one
 * CHROMIUM_PATH selects (scripts/browser.mjs; default /usr/bin/chromium).
 */
const externalBaseUrl = process.env.E2E_BASE_URL;
/** The port scripts/e2e-server.mjs listens on (E2E_PORT, default 3100). */
const port = process.env.E2E_PORT ?? '3100';

export default defineConfig({
  testDir: '.',
  testMatch: '*.e2e.ts',
  outputDir: './test-results',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never', outputFolder: './playwright-report' }]] : 'list',
  use: {
    baseURL: externalBaseUrl ?? `http://127.0.0.1:${port}`,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    viewport: { width: 1280, height: 900 },
    launchOptions: {
      executablePath: chromiumExecutablePath(),
      args: [...chromiumArgs],
    },
  },
  webServer: externalBaseUrl
    ? undefined
    : {
        command: 'node ../../../scripts/e2e-server.mjs',
        url: `http://127.0.0.1:${port}/api/v1/health/ready`,
        timeout: 180_000,
        reuseExistingServer: !process.env.CI,
        stdout: 'pipe',
      },
});
