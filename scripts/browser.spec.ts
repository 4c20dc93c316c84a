import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** scripts/browser.mjs: which Chromium CHROMIUM_PATH selects for Playwright and Lighthouse. */
const helper = path.join(__dirname, 'browser.mjs');

/** chromiumExecutablePath() and chromiumArgs as seen by a node process with this CHROMIUM_PATH. */
function resolve(chromiumPath: string | undefined) {
  const env = { ...process.env };
  delete env.CHROMIUM_PATH;
  if (chromiumPath !== undefined) env.CHROMIUM_PATH = chromiumPath;
  const code = `import(${JSON.stringify(helper)}).then((m) => {
    try { console.log(JSON.stringify({ path: m.chromiumExecutablePath(), args: m.chromiumArgs })); }
    catch (e) { console.log(JSON.stringify({ error: e.message })); }
  })`;
  const r = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8', env });
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as { path?: string; args?: string[]; error?: string };
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'devgear-browser-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('CHROMIUM_PATH', () => {
  it('unset: Debian’s /usr/bin/chromium, or an error that says how to install it', () => {
    const r = resolve(undefined);
    if (existsSync('/usr/bin/chromium')) {
      expect(r.path).toBe('/usr/bin/chromium');
    } else {
      expect(r.error).toMatch(/No Chromium at \/usr\/bin\/chromium .*apt-get install chromium/);
    }
  });

  it('a path: that binary, with the same headless flags', () => {
    const chrome = path.join(dir, 'chrome');
    writeFileSync(chrome, '#!/bin/sh\n');
    chmodSync(chrome, 0o755);
    const r = resolve(chrome);
    expect(r.path).toBe(chrome);
    expect(r.args).toEqual(expect.arrayContaining(['--headless', '--no-sandbox']));
  });

  it('a path that does not exist: an error naming the variable, never a download', () => {
    const r = resolve(path.join(dir, 'missing-chrome'));
    expect(r.error).toContain(`No Chromium at ${path.join(dir, 'missing-chrome')} (CHROMIUM_PATH=`);
    expect(r.error).toMatch(/point CHROMIUM_PATH at an existing/);
  });

  it('"playwright": Playwright’s own Chromium, or how to install it when it is not there', () => {
    const r = resolve('playwright');
    if (r.path) {
      expect(r.path).toContain('ms-playwright');
      expect(existsSync(r.path)).toBe(true);
    } else {
      expect(r.error).toMatch(/ms-playwright.*playwright install chromium/);
    }
  });
});
