#!/usr/bin/env node
// `pnpm lighthouse`: Lighthouse (npm `lighthouse`, mobile emulation with simulated throttling,
// its defaults) against the BUILT shop with the demo catalog, on the home page, a category page
// and a product page. Prints performance, LCP, accessibility and SEO per page, writes the HTML
// and JSON reports to reports/lighthouse/, and exits 1 when a page misses a target:
// performance >= 90, LCP <= 2.5 s, accessibility >= 98, SEO >= 95.
//
// The shop is started by scripts/e2e-server.mjs (a fresh database, dropped afterwards) on
// LIGHTHOUSE_PORT (default 3200); LIGHTHOUSE_BASE_URL points at a running shop instead. The
// browser is the one CHROMIUM_PATH selects (scripts/browser.mjs). Needs `pnpm build` first.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, chromiumExecutablePath } from './browser.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'reports/lighthouse');
const port = process.env.LIGHTHOUSE_PORT ?? '3200';
const TARGETS = { performance: 90, lcpMs: 2500, accessibility: 98, seo: 95 };
const lighthouseCli = createRequire(path.join(root, 'package.json')).resolve('lighthouse/cli/index.js');

async function waitForReady(base, timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${base}/api/v1/health/ready`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the shop at ${base} did not become ready`);
}

async function json(base, p) {
  const res = await fetch(`${base}/api/v1${p}`);
  if (!res.ok) throw new Error(`GET ${p} -> ${res.status}`);
  return res.json();
}

let server = null;
let base = process.env.LIGHTHOUSE_BASE_URL;
if (!base) {
  base = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, [path.join(root, 'scripts/e2e-server.mjs')], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, E2E_PORT: port } });
}
const stop = () => server?.kill('SIGTERM');
process.on('exit', stop);

let failed = false;
try {
  await waitForReady(base);
  const categories = (await json(base, '/categories')).data.filter((c) => c.product_count > 0);
  const category = categories.find((c) => c.parent_id === null) ?? categories[0];
  const product = (await json(base, '/products?sort=rating_desc&per_page=1')).data[0];
  const pages = [
    ['home', `${base}/`],
    ['category', `${base}/products?category=${encodeURIComponent(category.slug)}`],
    ['product', `${base}/products/${encodeURIComponent(product.slug)}`],
  ];
  mkdirSync(outDir, { recursive: true });
  const rows = [];
  for (const [name, url] of pages) {
    const outPath = path.join(outDir, name);
    // Lighthouse now and then loses the page's trace (its "Runtime error encountered", e.g.
    // NO_NAVSTART): that run measured nothing, so it is run again, at most twice, and said so.
    let run;
    for (let attempt = 1; ; attempt += 1) {
      run = spawnSync(
        process.execPath,
        [lighthouseCli, url, '--quiet', '--output=json', '--output=html', `--output-path=${outPath}`, '--only-categories=performance,accessibility,seo', `--chrome-flags=${chromiumArgs.join(' ')}`],
        { encoding: 'utf8', env: { ...process.env, CHROME_PATH: chromiumExecutablePath() }, stdio: ['ignore', 'inherit', 'pipe'] },
      );
      process.stderr.write(run.stderr);
      const lostTrace = run.status !== 0 && /Runtime error encountered/.test(run.stderr);
      if (!lostTrace || attempt === 3) break;
      console.error(`lighthouse lost the trace of ${name} (attempt ${attempt} of 3): running it again`);
    }
    if (run.status !== 0) throw new Error(`lighthouse failed on ${url} (exit ${run.status})`);
    const report = JSON.parse(readFileSync(`${outPath}.report.json`, 'utf8'));
    const score = (c) => Math.round((report.categories[c]?.score ?? 0) * 100);
    const row = { name, url, performance: score('performance'), lcpMs: Math.round(report.audits['largest-contentful-paint'].numericValue), accessibility: score('accessibility'), seo: score('seo'), tbtMs: Math.round(report.audits['total-blocking-time'].numericValue) };
    row.ok = row.performance >= TARGETS.performance && row.lcpMs <= TARGETS.lcpMs && row.accessibility >= TARGETS.accessibility && row.seo >= TARGETS.seo;
    failed ||= !row.ok;
    rows.push(row);
  }
  console.log(`\nLighthouse ${JSON.parse(readFileSync(createRequire(path.join(root, 'package.json')).resolve('lighthouse/package.json'), 'utf8')).version}, mobile, simulated throttling (targets: performance >= ${TARGETS.performance}, LCP <= ${TARGETS.lcpMs / 1000} s, accessibility >= ${TARGETS.accessibility}, SEO >= ${TARGETS.seo})`);
  console.log('page       performance   LCP      TBT      accessibility  SEO   result');
  for (const r of rows) {
    console.log(`${r.name.padEnd(10)} ${String(r.performance).padStart(11)}   ${(r.lcpMs / 1000).toFixed(1).padStart(4)} s  ${String(r.tbtMs).padStart(5)} ms  ${String(r.accessibility).padStart(13)}  ${String(r.seo).padStart(3)}   ${r.ok ? 'ok' : 'BELOW TARGET'}`);
  }
  console.log(`reports: ${path.relative(root, outDir)}/{home,category,product}.report.html`);
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  failed = true;
} finally {
  stop();
}
process.exit(failed ? 1 : 0);
