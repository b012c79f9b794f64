// `npm run lighthouse`: Lighthouse's scores (its default mobile preset: a phone's screen, a slow 4G link and a 4×
// slower CPU, simulated) for the public register and each role's home page, in the registry's Chromium over the
// test stack of bench:web. Heavy (about 20 s a page), so a script and not part of `npm test`. Prints a table and
// writes it into docs/benchmarks.md (LIGHTHOUSE_REPORTS=<folder> keeps each whole report there). Target: at least
// 95 in every category.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, packagedChromium } from '#dev-stack';
import { writeSection } from './report-section.js';
import { type Role, startWebStack } from './web-stack.js';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
/** The register, and each role's home: `/` sends a signed-in person to theirs. */
const PAGES: { name: string; as: Role; path: string }[] = [
  { name: 'public register', as: 'anonymous', path: '/register' },
  { name: "department manager's home", as: 'kim.manager', path: '/' },
  { name: "expert's home", as: 'park.expert', path: '/' },
  { name: "administrator's home", as: 'han.admin', path: '/' },
];

const stack = await startWebStack();
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM_PATH || (await packagedChromium()),
  args: CHROMIUM_ARGS,
  headless: true,
});
try {
  const rows: string[] = [];
  let version = '';
  for (const { name, as, path } of PAGES) {
    const page = await browser.newPage();
    // Before the console's scripts on every document: the session a sign-in would have stored in this tab.
    if (as !== 'anonymous') {
      const session = JSON.stringify(stack.sessions[as]);
      await page.evaluateOnNewDocument(`sessionStorage.setItem('bareun.session', ${JSON.stringify(session)})`);
    }
    const result = await lighthouse(
      `${stack.baseUrl}${path}`,
      { output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
      undefined,
      page,
    );
    await page.close();
    if (!result) throw new Error(`no Lighthouse result for ${path}`);
    // The whole report, to look into a score: LIGHTHOUSE_REPORTS names a folder.
    const reports = process.env.LIGHTHOUSE_REPORTS;
    if (reports) writeFileSync(join(reports, `${as}.json`), JSON.stringify(result.lhr));
    const { categories, audits, finalDisplayedUrl, lighthouseVersion } = result.lhr;
    version = lighthouseVersion;
    const scores = CATEGORIES.map((c) => Math.round((categories[c]?.score ?? 0) * 100));
    const lcp = audits['largest-contentful-paint']?.displayValue ?? '';
    const shown = new URL(finalDisplayedUrl).pathname;
    const line = `| ${name} | \`${shown}\` | ${scores.join(' | ')} | ${lcp} |`;
    rows.push(line);
    console.error(`[lighthouse] ${line}`);
    const failing = CATEGORIES.flatMap((c) =>
      (categories[c]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 0.9)
        .map((ref) => `${c}: ${ref.id} (${audits[ref.id].displayValue ?? audits[ref.id].score})`),
    );
    if (failing.length) console.error(`[lighthouse]   below 90: ${failing.join('; ')}`);
  }
  const section = `## Lighthouse (\`npm run lighthouse\`)

Lighthouse ${version} with its default mobile preset (simulated slow 4G and a 4× slower CPU), in the
registry's Chromium over the stack of \`npm run bench:web\`. Target: at least 95 in every category.

| page | path | performance | accessibility | best practices | SEO | LCP (simulated) |
| --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}

Run on ${new Date().toISOString().slice(0, 10)}.`;
  writeSection('docs/benchmarks.md', 'lighthouse', section);
  console.log(section);
} finally {
  await browser.close();
  await stack.stop();
}
