// The console's JavaScript budgets, read from `npm run build`'s output (the Vite manifest): the public register's
// first load at most 120 KB gzip, a signed-in page's at most 180 KB, and chart.js (its `$chartjs` mark) on the metrics page alone.
import { BUDGETS, builtFile, firstLoad, PAGES, readManifest } from '../bench/web-chunks.js';

const manifest = readManifest();

it('keeps the public register within its budget', () => {
  expect(firstLoad(manifest, 'src/public/RegisterPage.tsx').bytes).toBeLessThanOrEqual(BUDGETS.register);
});

it.each(PAGES.filter((p) => p.signedIn).map((p) => p.source))('keeps %s within the signed-in budget', (source) => {
  expect(firstLoad(manifest, source).bytes).toBeLessThanOrEqual(BUDGETS.signedIn);
});

it('loads chart.js on the metrics page only', () => {
  const withChart = PAGES.filter(({ source }) =>
    firstLoad(manifest, source).files.some((file) => builtFile(file).includes('$chartjs')),
  ).map((p) => p.source);
  expect(withChart).toEqual(['src/admin/MetricsPage.tsx']);
});
