import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './build/precompress';

const apiTarget = process.env.VITE_API_PROXY_TARGET ?? 'http://localhost:3000';

export default defineConfig({
  plugins: [react(), precompress()],
  resolve: {
    alias: {
      '@/': fileURLToPath(new URL('./src/', import.meta.url)),
      // The contracts package is consumed from source: no build step before the web app.
      '@devgear/contracts': fileURLToPath(new URL('../../packages/contracts/src/index.ts', import.meta.url)),
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: apiTarget, changeOrigin: true },
      '/media': { target: apiTarget, changeOrigin: true },
    },
  },
  preview: { port: 4173 },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // No source maps in dist: the server would publish the whole source with them.
    sourcemap: false,
    // Vite's manifest (dist/.vite/manifest.json, never served): `pnpm test:budget` reads each
    // route's chunks from it (scripts/ci/web-budget.mjs).
    manifest: true,
    // A page's lazy chunk brings its stylesheets through Vite's preload helper (the page waits for
    // them), but not its scripts: the browser follows the chunk's imports itself. Each
    // <link rel="modulepreload"> the helper adds is DOM work on the main thread during start-up:
    // Lighthouse (mobile, two runs each) gave TBT 99-231 ms on home and 323-648 on a product page
    // with this, against 252-330 and 530-1066 without it; putting those links in the server's
    // HTML instead pushed LCP over 2.5 s (they compete with the page's picture on a slow network).
    modulePreload: { resolveDependencies: (_file, deps) => deps.filter((dep) => dep.endsWith('.css')) },
    // No manual chunks: Rollup splits by import graph, so a route downloads the antd components
    // it uses and nothing else; the back office and its charts stay in chunks a customer never loads.
  },
});
