// The one place that decides which Chromium the browser tests run in: the Playwright
// journeys (apps/web/e2e/playwright.config.ts) and any script that drives Chrome itself
// (Lighthouse) import it, so both always use the same binary and flags.
//
// CHROMIUM_PATH selects the browser:
//   unset                  /usr/bin/chromium (Debian's `chromium` package; machines without
//                          internet, where nothing may be downloaded)
//   playwright             Playwright's own Chromium, downloaded beforehand with
//                          `pnpm --filter @devgear/web exec playwright install chromium`
//                          (GitHub Actions does this; it needs internet)
//   /path/to/chrome        any Chrome or Chromium binary, e.g. /usr/bin/google-chrome
// Nothing here ever downloads a browser.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

/** Flags for a headless Chromium in a container or CI runner (root, no GPU, no sandbox). */
export const chromiumArgs = Object.freeze([
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]);

/** Playwright's own Chromium (the one `playwright install chromium` downloads), as a path. */
function playwrightChromiumPath() {
  const requireFromWeb = createRequire(new URL('../apps/web/package.json', import.meta.url));
  return requireFromWeb('@playwright/test').chromium.executablePath();
}

/**
 * The Chromium binary selected by CHROMIUM_PATH (see above). Throws, naming the variable and
 * the fix, when that binary does not exist.
 * @param {Record<string, string | undefined>} [env]
 * @returns {string}
 */
export function chromiumExecutablePath(env = process.env) {
  const choice = env.CHROMIUM_PATH?.trim() || DEFAULT_CHROMIUM_PATH;
  const usePlaywright = choice === 'playwright';
  const path = usePlaywright ? playwrightChromiumPath() : choice;
  if (!existsSync(path)) {
    const fix = usePlaywright
      ? 'run `pnpm --filter @devgear/web exec playwright install chromium` first (needs internet)'
      : choice === DEFAULT_CHROMIUM_PATH
        ? 'install it (`apt-get install chromium`), or set CHROMIUM_PATH to a Chrome/Chromium binary or to `playwright`'
        : 'point CHROMIUM_PATH at an existing Chrome/Chromium binary, or unset it to use /usr/bin/chromium';
    throw new Error(`No Chromium at ${path} (CHROMIUM_PATH=${env.CHROMIUM_PATH ?? '<unset>'}): ${fix}.`);
  }
  return path;
}
