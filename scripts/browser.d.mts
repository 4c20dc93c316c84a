/** Types of scripts/browser.mjs (the Chromium the browser tests use; see there). */
export declare const DEFAULT_CHROMIUM_PATH: '/usr/bin/chromium';
export declare const chromiumArgs: readonly string[];
export declare function chromiumExecutablePath(env?: Record<string, string | undefined>): string;
