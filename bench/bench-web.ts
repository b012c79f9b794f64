// `npm run bench:web`: how fast each main page of the console shows, in the registry's Chromium (the one the
// browser tests use) over the test stack: Largest Contentful Paint and the time until the page's main list (or
// form) is drawn, from a cold cache (a new browser context per load), the median and the slowest of RUNS loads.
// Beside it the JavaScript each page loads (bench/web-chunks.ts). A benchmark, not a test: it asserts nothing;
// its table goes into docs/benchmarks.md.
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, packagedChromium } from '#dev-stack';
import { writeSection } from './report-section.js';
import { BUDGETS, firstLoad, readManifest } from './web-chunks.js';
import { type Role, startWebStack, type WebStack } from './web-stack.js';

const RUNS = Number(process.env.BENCH_WEB_RUNS ?? 7);

interface MainPage {
  name: string;
  as: Role;
  path: (stack: WebStack) => string;
  /** What shows that the page's main content is drawn. */
  shown: string;
  source: string;
}

const PAGES: MainPage[] = [
  {
    name: 'public register',
    as: 'anonymous',
    path: () => '/register',
    shown: 'ul.register li',
    source: 'src/public/RegisterPage.tsx',
  },
  {
    name: "department's proposals",
    as: 'kim.manager',
    path: () => '/proposals',
    shown: 'tbody tr',
    source: 'src/manager/ProposalList.tsx',
  },
  {
    name: 'proposal page',
    as: 'kim.manager',
    path: (s) => `/proposals/${s.review.proposalId}`,
    shown: '#panel-timeline .timeline li',
    source: 'src/manager/ProposalPage.tsx',
  },
  { name: "expert's inbox", as: 'park.expert', path: () => '/inbox', shown: 'tbody tr', source: 'src/reviewer/Inbox.tsx' },
  {
    name: 'task page',
    as: 'park.expert',
    path: (s) => `/tasks/${s.review.proposalId}/${s.review.taskId}`,
    shown: 'form input[type=radio]',
    source: 'src/reviewer/TaskPage.tsx',
  },
  {
    name: 'stalled work',
    as: 'han.admin',
    path: () => '/admin/stalled',
    shown: 'tbody tr',
    source: 'src/admin/StalledBoard.tsx',
  },
  {
    name: 'all proposals',
    as: 'han.admin',
    path: () => '/admin/proposals',
    shown: 'tbody tr',
    source: 'src/admin/AllProposals.tsx',
  },
  { name: 'metrics', as: 'han.admin', path: () => '/admin/metrics', shown: 'figure canvas', source: 'src/admin/MetricsPage.tsx' },
];

// Runs in the page before its scripts (a string: this file is not typed for the DOM): the session a sign-in would
// have stored, the moment the main content appears, and the latest Largest Contentful Paint candidate.
const probe = (session: string | null, shown: string) => `
  ${session ? `sessionStorage.setItem('bareun.session', ${JSON.stringify(session)});` : ''}
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.lcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new MutationObserver(() => {
    if (window.shownAt === undefined && document.querySelector(${JSON.stringify(shown)})) window.shownAt = performance.now();
  }).observe(document, { childList: true, subtree: true });`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (x: number) => `${Math.round(x)} ms`;

const stack = await startWebStack();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || (await packagedChromium()),
  args: CHROMIUM_ARGS,
});
try {
  const manifest = readManifest();
  const rows: string[] = [];
  for (const main of PAGES) {
    const session = main.as === 'anonymous' ? null : JSON.stringify(stack.sessions[main.as]);
    const lcps: number[] = [];
    const shownAts: number[] = [];
    for (let run = 0; run <= RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ko-KR' });
      const page = await context.newPage();
      await page.addInitScript(probe(session, main.shown));
      await page.goto(`${stack.baseUrl}${main.path(stack)}`);
      await page.waitForSelector(main.shown, { timeout: 30_000 });
      await page.waitForTimeout(300); // a later, larger paint would still count
      const { lcp, shownAt } = await page.evaluate<{ lcp: number; shownAt: number }>(
        '({ lcp: window.lcp, shownAt: window.shownAt })',
      );
      await context.close();
      if (run === 0) continue; // the first warms the API and the database, not the browser
      lcps.push(lcp);
      shownAts.push(shownAt);
    }
    const { bytes } = firstLoad(manifest, main.source);
    const budget = main.as === 'anonymous' ? BUDGETS.register : BUDGETS.signedIn;
    const line = `| ${main.name} | \`${main.path(stack).replace(/[0-9a-f-]{36}/g, ':id')}\` | ${ms(median(lcps))} (${ms(Math.max(...lcps))}) | ${ms(median(shownAts))} (${ms(Math.max(...shownAts))}) | ${kb(bytes)} of ${kb(budget)} |`;
    rows.push(line);
    console.error(`[bench:web] ${line}`);
  }
  const section = `## The console's pages (\`npm run bench:web\`)

Each main page loaded ${RUNS} times from a cold cache (a new browser context each, after one load to warm the API),
in the registry's Chromium (\`@sparticuz/chromium\`, as the browser tests use it) at 1280 × 900, over the test stack
on this machine (embedded PostgreSQL and Temporal, the API serving \`dist/web\`, the worker) holding 60 proposals of
one department, each with a stalled review, and 30 register entries. Median, and the slowest in brackets. Target:
each under 1 s. The JavaScript is what the page's first load fetches, gzip, beside its budget
(\`test/web-budget.spec.ts\`).

| page | path | Largest Contentful Paint | main list shown | JavaScript |
| --- | --- | --- | --- | --- |
${rows.join('\n')}

Run on ${new Date().toISOString().slice(0, 10)}; \`BENCH_WEB_RUNS\` sets the number of loads.`;
  writeSection('docs/benchmarks.md', 'web', section);
  console.log(section);
} finally {
  await browser.close();
  await stack.stop();
}
