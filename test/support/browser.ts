// A real browser for the web console's tests: the headless Chromium of @sparticuz/chromium (or the one that
// CHROMIUM_PATH names) driven by playwright-core, with an axe-core check that fails on any serious or
// critical violation.
import { existsSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, chromium, type Page } from 'playwright-core';
import { PACKAGE, PACKAGE_VERSION, packagedChromium } from './packaged-chromium.js';

// No sandbox as root in CI; no background networking, which would hammer a closed network. Of the flags
// @sparticuz/chromium suggests for AWS Lambda only the two that stop more traffic: --single-process makes
// Playwright's first page close the browser, and most others turn off web security and site isolation or set
// up a GPU that --disable-gpu leaves unused.
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-domain-reliability',
  '--no-pings',
];

export async function launchChromium(): Promise<Browser> {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && !existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} is missing`);
  const executablePath = fromEnv || (await packagedChromium());
  const browser = await chromium.launch({ executablePath, args: ARGS });
  const source = fromEnv ? 'CHROMIUM_PATH' : `${PACKAGE} ${PACKAGE_VERSION}`;
  // One line in jest's output, whichever worker runs the test.
  process.stderr.write(`browser: Chromium ${browser.version()} from ${source} ${executablePath}\n`);
  return browser;
}

/** The serious and critical accessibility violations of the page as it is now, one line each. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

export interface DrawnFont {
  familyName: string;
  postScriptName: string;
  /** From a web font the page loaded, not from the machine. */
  isCustomFont: boolean;
  glyphCount: number;
}

/** The fonts Chromium drew the text inside the first element matching `selector` with (DevTools' own list). */
export async function fontsDrawing(page: Page, selector: string): Promise<DrawnFont[]> {
  await page.evaluate('document.fonts.ready'); // font-display: swap draws a fallback until the font is in
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
