import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * Build of the web application (src/web → dist/web), served by Guarantor at `/`.
 *
 * Code splitting: the shell (sign-in, navigation, overview) is the entry chunk; every feature
 * page, the map (maplibre-gl, the Natural Earth basemap, milsymbol) and charts are reached only
 * through dynamic `import()`, so they load where used (budget: BENCHMARKS.md, web).
 */
export default defineConfig({
  root: 'src/web',
  base: '/',
  plugins: [react()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    // The manifest lets bench/web/bundle-size.bench.ts measure what each page loads.
    manifest: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
    target: 'es2022',
    rolldownOptions: {
      output: {
        // MapLibre and milsymbol as chunks of their own: they download in parallel and stay
        // cached when the application's code changes.
        codeSplitting: {
          groups: [
            { name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ },
            { name: 'milsymbol', test: /node_modules[\\/]milsymbol/ },
          ],
        },
      },
    },
  },
  server: {
    proxy: { '/api': 'http://localhost:8080' },
  },
});
