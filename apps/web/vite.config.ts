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
    // No manual chunks: Rollup splits by import graph, so a route downloads the antd components
    // it uses and nothing else; the back office and its charts stay in chunks a customer never loads.
  },
});
