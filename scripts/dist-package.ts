// dist/package.json, written by `npm run build:code`: what Node and the workflow bundler read for the built
// files — ES modules, and package.json's "imports" (#domain, …) at the built files instead of the sources.
// The root package.json stays the one home of the aliases; tsc, jest, vite and knip read the sources there.
import { readFileSync, writeFileSync } from 'node:fs';

const { imports } = JSON.parse(readFileSync('package.json', 'utf8')) as { imports: Record<string, string> };
const built = Object.fromEntries(Object.entries(imports).map(([alias, source]) => [alias, source.replace(/\.ts$/, '.js')]));
writeFileSync('dist/package.json', `${JSON.stringify({ type: 'module', imports: built }, null, 2)}\n`);
