import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

interface Measure {
  routes: Array<{ path: string; files: string[]; bytes: number; over: boolean }>;
}

/** The script as CI runs it (a child process: jest does not load .mjs). */
function run(args: string[]): { status: number; stdout: string; stderr: string } {
  try {
    return { status: 0, stdout: execFileSync(process.execPath, [script, ...args], { encoding: 'utf8', stdio: 'pipe' }), stderr: '' };
  } catch (err) {
    const e = err as { status: number; stdout: string; stderr: string };
    return { status: e.status, stdout: String(e.stdout), stderr: String(e.stderr) };
  }
}

/**
 * The budget script over a hand-made build: random bytes do not compress, so a chunk of N KB
 * weighs about N KB gzipped.
 */
const script = path.resolve(__dirname, 'web-budget.mjs');
let dist: string;

function fakeBuild(sizes: { entry: number; vendor: number; home: number; admin: number }) {
  dist = mkdtempSync(path.join(tmpdir(), 'web-budget-'));
  mkdirSync(path.join(dist, 'assets'));
  mkdirSync(path.join(dist, '.vite'));
  const chunk = (name: string, kb: number) => writeFileSync(path.join(dist, 'assets', name), randomBytes(kb * 1024));
  chunk('index-a.js', sizes.entry);
  chunk('vendor-b.js', sizes.vendor);
  chunk('home-c.js', sizes.home);
  chunk('admin-d.js', sizes.admin);
  writeFileSync(
    path.join(dist, 'index.html'),
    '<!doctype html><html><head><script type="module" crossorigin src="/assets/index-a.js"></script>' +
      '<link rel="modulepreload" crossorigin href="/assets/vendor-b.js"></head><body><div id="root"></div></body></html>',
  );
  writeFileSync(
    path.join(dist, '.vite/manifest.json'),
    JSON.stringify({
      'index.html': { file: 'assets/index-a.js', src: 'index.html', isEntry: true, imports: ['_vendor-b.js'], dynamicImports: ['src/app/routes/home.tsx', 'src/admin.tsx'] },
      '_vendor-b.js': { file: 'assets/vendor-b.js' },
      'src/app/routes/home.tsx': { file: 'assets/home-c.js', src: 'src/app/routes/home.tsx', isDynamicEntry: true, imports: ['_vendor-b.js'] },
      'src/admin.tsx': { file: 'assets/admin-d.js', src: 'src/admin.tsx', isDynamicEntry: true },
    }),
  );
}


afterEach(() => rmSync(dist, { recursive: true, force: true }));

describe('web budget (initial JavaScript per storefront route, gzipped)', () => {
  it('counts the entry, its static imports and the route chunk once each; never a lazy chunk the route does not load', () => {
    fakeBuild({ entry: 40, vendor: 50, home: 30, admin: 500 });
    const result = run(['--dist', dist, '--json']);
    expect(result.status).toBe(0);
    const measured = (JSON.parse(result.stdout) as Measure).routes;
    const home = measured.find((r) => r.path === '/')!;
    expect(home.files.sort()).toEqual(['assets/home-c.js', 'assets/index-a.js', 'assets/vendor-b.js']);
    expect(home.bytes / 1024).toBeGreaterThan(120);
    expect(home.bytes / 1024).toBeLessThan(122);
    expect(home.over).toBe(false);
    // A route in the entry chunk costs only the entry.
    expect(measured.find((r) => r.path === '/products')!.files.sort()).toEqual(['assets/index-a.js', 'assets/vendor-b.js']);
  });

  it('exits 0 under the budget and prints each route', () => {
    fakeBuild({ entry: 40, vendor: 50, home: 30, admin: 500 });
    const result = run(['--dist', dist]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/ok\s+\/\s+/);
  });

  it('fails (exit 1) naming the route when one passes 150 KB', () => {
    fakeBuild({ entry: 40, vendor: 50, home: 70, admin: 1 });
    const { status, stderr } = run(['--dist', dist]);
    expect(status).toBe(1);
    expect(stderr).toContain('over the 150.0 KB budget: /');
    expect(stderr).toContain('assets/home-c.js');
  });

  it('fails when the build has no manifest', () => {
    fakeBuild({ entry: 1, vendor: 1, home: 1, admin: 1 });
    rmSync(path.join(dist, '.vite'), { recursive: true });
    const { status, stderr } = run(['--dist', dist]);
    expect(status).not.toBe(0);
    expect(stderr).toMatch(/manifest.json is missing/);
  });
});
