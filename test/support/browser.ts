// A real browser for the web console's tests: the headless Chromium of @sparticuz/chromium (or the one that
// CHROMIUM_PATH names) driven by playwright-core, with an axe-core check that fails on a violation of any
// impact, and the checks of a page on a phone.
import { existsSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, PACKAGE, PACKAGE_VERSION, packagedChromium } from '#dev-stack';

// The page's own globals, in the functions that run in it (the project's TypeScript has no DOM library).
declare const document: any;

export async function launchChromium(): Promise<Browser> {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && !existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} is missing`);
  const executablePath = fromEnv || (await packagedChromium());
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const source = fromEnv ? 'CHROMIUM_PATH' : `${PACKAGE} ${PACKAGE_VERSION}`;
  // One line in jest's output, whichever worker runs the test.
  process.stderr.write(`browser: Chromium ${browser.version()} from ${source} ${executablePath}\n`);
  return browser;
}

/** The accessibility violations of the page as it is now (WCAG 2.2 A and AA and axe's best practices), one line each. */
export async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.map(
    (v) =>
      `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => `${n.target.join(' ')} ${n.html.slice(0, 100)} ${n.failureSummary ?? ''}`).join(', ')}`,
  );
}

/** The smallest a finger may be asked to hit, in CSS pixels. */
const TOUCH_TARGET = 44;

/**
 * What makes the page hard to use on a phone: a page wider than the screen (a horizontal scroll), and each
 * control smaller than a touch target (a checkbox or radio by its label, which takes the touch; a link
 * inside a sentence is no target of its own).
 */
export async function phoneProblems(page: Page): Promise<string[]> {
  return page.evaluate((target) => {
    const problems: string[] = [];
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width)
      problems.push(`the page is ${document.documentElement.scrollWidth}px wide on a ${width}px screen`);
    const controls = document.querySelectorAll(
      'button, select, textarea, input:not([type=checkbox]):not([type=radio]), label:has(> input), input[type=checkbox] + label, input[type=radio] + label, a',
    );
    for (const control of controls) {
      if (!control.checkVisibility() || control.closest('.sr-only, #krds-skip-link')) continue;
      if (control.tagName === 'A' && control.closest('p, li:not(nav li), dd, blockquote') && !control.matches('.krds-btn'))
        continue;
      const { width: w, height: h } = control.getBoundingClientRect();
      if (h < target || w < target)
        problems.push(
          `${control.tagName.toLowerCase()} "${(control.textContent ?? '').trim().slice(0, 40)}" is ${Math.round(w)}×${Math.round(h)}px`,
        );
    }
    return problems;
  }, TOUCH_TARGET);
}

export interface DrawnFont {
  familyName: string;
  postScriptName: string;
  /** From a web font the page loaded, not from the machine. */
  isCustomFont: boolean;
  glyphCount: number;
}

/**
 * Until the console's font is in: it is fetched after the page's data is drawn (apps/web/src/app/font.ts), and
 * font-display: swap draws a fallback until then.
 */
export async function fontIn(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    [...document.fonts].some((f: any) => f.family.includes('Pretendard GOV') && f.status === 'loaded'),
  );
  await page.evaluate('document.fonts.ready');
}

/** The fonts Chromium drew the text inside the first element matching `selector` with (DevTools' own list). */
export async function fontsDrawing(page: Page, selector: string): Promise<DrawnFont[]> {
  await fontIn(page);
  const devtools = await page.context().newCDPSession(page);
  try {
    await devtools.send('DOM.enable');
    await devtools.send('CSS.enable');
    const { root } = await devtools.send('DOM.getDocument');
    const { nodeId } = await devtools.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    const { fonts } = await devtools.send('CSS.getPlatformFontsForNode', { nodeId });
    return fonts.map(({ familyName, postScriptName, isCustomFont, glyphCount }) => ({
      familyName,
      postScriptName,
      isCustomFont,
      glyphCount,
    }));
  } finally {
    await devtools.detach();
  }
}
