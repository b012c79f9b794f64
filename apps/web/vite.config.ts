// The web console's build: apps/web → dist/web, served by the API at / (apps/api/src/console/web-console.ts).
import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  // package.json's "imports" (#domain/…) at their TypeScript sources, as tsc and jest read them.
  resolve: { conditions: ['source', ...defaultClientConditions] },
  // React's automatic JSX runtime through Vite's own transform: no plugin needed.
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    // The CSP allows scripts from this origin only; no inline module-preload polyfill.
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 1000,
  },
  logLevel: 'warn',
});
