/// <reference types="vitest" />
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';

// The app is served by `merit serve --web web/dist` (files under dist, index.html for
// client-side routes, /assets/* cached immutably) under a CSP of default-src 'self':
// no inline scripts, everything bundled. `npm run dev` proxies /api to a local merit.
export default defineConfig({
  base: '/',
  plugins: [preact({ prerender: { enabled: false } })],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2020',
    sourcemap: false,
    // Chart.js is split into its own chunk, loaded only by the pages that draw charts.
    chunkSizeWarningLimit: 250,
    modulePreload: { polyfill: false },
    rollupOptions: {
      output: {
        manualChunks: (id) => (id.includes('node_modules/chart.js') || id.includes('node_modules/@kurkle') ? 'chart' : undefined),
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: 'http://127.0.0.1:8080', changeOrigin: false },
    },
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
