import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { compression } from 'vite-plugin-compression2';

export default defineConfig({
  // Every file also as .br and .gz, which the server sends to browsers that accept them
  // (packages/server/src/http/web-assets.ts): brotli at its best level once here, not per request.
  plugins: [react(), compression({ algorithms: ['brotliCompress', 'gzip'], threshold: 1024 })],
  server: {
    port: 5173,
    proxy: { '/api': 'http://localhost:3000' },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Each page is a chunk of its own (app/router.tsx) and Ant Design's components go with the pages that use
    // them; ECharts (echarts/core with the charts used) comes with the first chart (components/LazyChart.tsx).
  },
});
