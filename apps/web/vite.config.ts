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
    // antd is one large library; it is split into its own long-cached chunk below.
    chunkSizeWarningLimit: 1000,
    rollupOptions: {
      output: {
        // Long-lived vendor chunks: an app release does not invalidate the cached libraries.
        manualChunks(id) {
          if (!id.includes('node_modules')) return undefined;
          if (/[\\/](antd|@ant-design|@rc-component|rc-[a-z-]+|@babel|dayjs|@emotion)[\\/]/.test(id)) return 'antd';
          // The admin dashboard's charts: loaded with its lazy chart component, never by the storefront.
          if (/[\\/](recharts|victory-vendor|d3-[a-z-]+|internmap|decimal\.js-light|eventemitter3)[\\/]/.test(id)) return 'charts';
          return 'vendor';
        },
      },
    },
  },
});
