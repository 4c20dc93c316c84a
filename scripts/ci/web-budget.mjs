#!/usr/bin/env node
// `pnpm test:budget`: the performance budget of the storefront. From the BUILT web app
// (apps/web/dist: index.html and Vite's manifest, .vite/manifest.json) it adds up, for each
// storefront route, the JavaScript a first visit to that URL downloads before the page can
// paint, gzipped (level 9, as the server sends it):
//   the entry script of index.html and its static imports (modulepreload), plus
//   the route's own lazy chunk and its static imports, when the route is lazy.
// Over the budget (default 150 KB = 150 * 1024 bytes) for any route: exit code 1.
//
//   node scripts/ci/web-budget.mjs [--dist apps/web/dist] [--budget-kb 150] [--json]
// --json prints the measurement ({ budget, routes: [{ path, files, bytes, over }] }) instead.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The storefront's routes and the module each one renders (apps/web/src/app/router.tsx).
 * A route whose module is not a chunk of its own is in the entry chunk (and counted there).
 */
export const STOREFRONT_ROUTES = [
  { path: '/', module: 'src/app/routes/home.tsx' },
  { path: '/products', module: 'src/app/routes/catalog.tsx' },
  { path: '/products/:slug', module: 'src/app/routes/product.tsx' },
  { path: '/cart', module: 'src/app/routes/cart.tsx' },
  { path: '/checkout', module: 'src/app/routes/checkout.tsx' },
  { path: '/sign-in', module: 'src/app/routes/auth/sign-in.tsx' },
  { path: '/sign-up', module: 'src/app/routes/auth/sign-up.tsx' },
  { path: '/blog', module: 'src/app/routes/blog/blog-list.tsx' },
  { path: '/blog/:slug', module: 'src/app/routes/blog/blog-post.tsx' },
];

export const DEFAULT_BUDGET_BYTES = 150 * 1024;

/** The `src` of each `<script type="module" src=...>` in index.html (the entry chunks). */
function entryScripts(html) {
  return [...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1].replace(/^\//, ''));
}

/**
 * Measures every route. Returns `{ routes: [{ path, files, bytes, over }], budget }`.
 * @param {{ dist: string, budget?: number, routes?: typeof STOREFRONT_ROUTES }} options
 */
export function measure({ dist, budget = DEFAULT_BUDGET_BYTES, routes = STOREFRONT_ROUTES }) {
  const manifestPath = path.join(dist, '.vite/manifest.json');
  const indexPath = path.join(dist, 'index.html');
  for (const p of [manifestPath, indexPath]) {
    if (!existsSync(p)) throw new Error(`${p} is missing: build the web app first (pnpm build; build.manifest must be on)`);
  }
  /** @type {Record<string, { file: string, src?: string, isEntry?: boolean, imports?: string[], dynamicImports?: string[] }>} */
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const byFile = new Map(Object.entries(manifest).map(([key, chunk]) => [chunk.file, key]));
  const gzipped = new Map();
  const sizeOf = (file) => {
    if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length);
    return gzipped.get(file);
  };
  /** A chunk and everything it imports statically (what the browser fetches before running it). */
  const closure = (key, into = new Set()) => {
    const chunk = manifest[key];
    if (!chunk || into.has(chunk.file)) return into;
    into.add(chunk.file);
    for (const dep of chunk.imports ?? []) closure(dep, into);
    return into;
  };

  const entries = entryScripts(readFileSync(indexPath, 'utf8'));
  if (entries.length === 0) throw new Error(`${indexPath} loads no module script`);
  const initial = new Set();
  for (const file of entries) {
    const key = byFile.get(file);
    if (!key) throw new Error(`index.html loads ${file}, which is not in the manifest`);
    closure(key, initial);
  }

  return {
    budget,
    routes: routes.map((route) => {
      const files = new Set(initial);
      if (manifest[route.module]) closure(route.module, files);
      const bytes = [...files].reduce((sum, f) => sum + sizeOf(f), 0);
      return { path: route.path, files: [...files], bytes, over: bytes > budget };
    }),
  };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const dist = path.resolve(root, arg('--dist', 'apps/web/dist'));
  const budget = Math.round(Number(arg('--budget-kb', '150')) * 1024);
  const result = measure({ dist, budget });
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(result));
    process.exit(result.routes.some((r) => r.over) ? 1 : 0);
  }
  console.log(`initial JavaScript per storefront route, gzipped (budget ${kb(budget)}):`);
  for (const r of result.routes) {
    console.log(`  ${r.over ? 'OVER' : 'ok  '} ${r.path.padEnd(18)} ${kb(r.bytes).padStart(10)}  (${r.files.length} files)`);
  }
  const over = result.routes.filter((r) => r.over);
  if (over.length) {
    console.error(`\n${over.length} route(s) over the ${kb(budget)} budget: ${over.map((r) => r.path).join(', ')}`);
    for (const r of over) console.error(`  ${r.path}: ${r.files.map((f) => `${f} ${kb(sizeOf(dist, f))}`).join(', ')}`);
    process.exit(1);
  }
}

function sizeOf(dist, file) {
  return gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length;
}
