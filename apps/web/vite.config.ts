// The web console's build: apps/web → dist/web, served by the API at / (apps/api/src/console/web-console.ts).
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const { imports } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
// package.json's "imports" (#domain/texts, …), the TypeScript sources, as tsc and jest read them.
const alias = Object.entries<string>(imports).map(([name, source]) => ({
  find: new RegExp(`^${name}$`),
  replacement: fileURLToPath(new URL(`../../${source}`, import.meta.url)),
}));

export default defineConfig({
  root,
  base: '/',
  resolve: { alias },
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
