// The web console's build: apps/web → dist/web, served by the API at / (apps/api/src/console/web-console.ts).
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const { imports } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
// package.json's "imports" (#domain/texts, …), the TypeScript sources, as tsc and jest read them.
const alias = Object.entries<string>(imports).map(([name, source]) => ({
  find: new RegExp(`^${name}$`),
  replacement: fileURLToPath(new URL(`../../${source}`, import.meta.url)),
}));

/**
 * fonts.css's @imports of Pretendard GOV's dynamic-subset stylesheets, inlined here with their woff2 files only:
 * every browser the console serves reads woff2, and the woff fallbacks would double the render-blocking stylesheet.
 */
const woff2Only = {
  name: 'pretendard-woff2-only',
  enforce: 'pre' as const,
  load(id: string) {
    if (!id.endsWith('/src/app/fonts.css')) return null;
    const css = readFileSync(id, 'utf8');
    return css.replace(/@import '(pretendard-gov\/[^']+)';/g, (_, path: string) => {
      const file = fileURLToPath(new URL(`../../node_modules/${path}`, import.meta.url));
      const folder = relative(dirname(id), dirname(file));
      return readFileSync(file, 'utf8')
        .replace(/\/\*[^*]*\*\//g, '')
        .replace(/,\s*url\([^)]*\.woff\) format\('woff'\)/g, '')
        .replace(/url\(\.\//g, `url(${folder}/`);
    });
  },
};

/**
 * React's API, run by Preact's compat layer: the same components in a tenth of react-dom's script, which on a phone
 * was most of a page's blocking time (docs/console.md). Types and tests keep React's names.
 */
const preact = [
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react(-dom)?$/, replacement: 'preact/compat' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/compat/jsx-runtime' },
];

export default defineConfig({
  root,
  base: '/',
  resolve: { alias: [...alias, ...preact] },
  plugins: [woff2Only],
  // KRDS's Sass (app/krds.scss) is written with @import; its deprecation warnings are KRDS's, not ours.
  css: {
    preprocessorOptions: {
      scss: {
        loadPaths: [fileURLToPath(new URL('../../node_modules/krds-uiux/resources/scss', import.meta.url))],
        quietDeps: true,
        silenceDeprecations: ['import', 'global-builtin', 'color-functions', 'slash-div'],
      },
    },
  },
  // React's automatic JSX runtime through Vite's own transform: no plugin needed.
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    // The CSP allows scripts from this origin only; no inline module-preload polyfill.
    modulePreload: { polyfill: false },
    // Which chunks each page loads: read by the JavaScript budgets (bench/web-chunks.ts).
    manifest: true,
    chunkSizeWarningLimit: 1000,
    // KRDS's icons as files, each fetched when a page draws it, rather than all of them inlined in the CSS.
    assetsInlineLimit: (file: string) => (file.endsWith('.svg') ? false : undefined),
  },
  logLevel: 'warn',
});
