import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { compression } from 'vite-plugin-compression2';
import { signedInChunks } from './vite.chunks';

/**
 * Every Ant Design component reads the form's context (antd/es/form/context.js), which imports `FormProvider` from
 * `@rc-component/form`'s index; that index assigns properties to the form component, so the bundler keeps all of
 * it — the form store, fields, lists and the async validator (~20 KB brotli) — on screens without a form. The
 * provider comes from its own module instead; the build fails if that module stops exporting it.
 */
function formProviderFromItsModule(): Plugin {
  return {
    name: 'danvan:rc-form-provider',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (source !== '@rc-component/form' || !importer?.replace(/\\/g, '/').endsWith('antd/es/form/context.js')) return;
      const resolved = await this.resolve('@rc-component/form/es/FormContext', importer, { skipSelf: true });
      if (!resolved) this.error('@rc-component/form/es/FormContext not found: check the redirect in vite.config.ts');
      return resolved;
    },
  };
}

const chunks = signedInChunks();

export default defineConfig({
  // Every file also as .br and .gz, which the server sends to browsers that accept them
  // (packages/server/src/http/web-assets.ts): brotli at its best level once here, not per request.
  plugins: [
    formProviderFromItsModule(),
    chunks.plugin,
    react(),
    compression({ algorithms: ['brotliCompress', 'gzip'], threshold: 1024 }),
  ],
  server: {
    port: 5173,
    proxy: { '/api': 'http://localhost:3000' },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Each page is a chunk of its own (app/router.tsx); the signed-in frame is one chunk and what the chart screens
    // share one per set of screens sharing it (vite.chunks.ts: fewer requests on a slow connection, and no screen
    // fetching what only others use); the rest of Ant Design goes with the pages that use it; ECharts (echarts/core with the charts used) comes with the first chart (components/LazyChart.tsx).
    rolldownOptions: { output: { codeSplitting: chunks.codeSplitting } },
  },
});
