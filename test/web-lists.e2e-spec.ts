// Every list of the console pages through everything on the server, with its total, and keeps its filters, sort
// and page in the URL (a shared link shows the same list): the register, the department's proposals, all
// proposals, the inbox, the stalled board and a proposal's audit log, each past its first page in a real browser;
// the scripts they load come compressed.
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launchChromium } from './support/browser.js';
import { ownDatabase } from './support/own-database.js';
import { lowRiskDraft, openTask, submittedProposal } from './support/proposals.js';
import { type DemoUserId, System } from './support/system.js';

let system: System;
let browser: Browser;
let page: Page;
const drafts: string[] = [];
let audited: string;

beforeAll(async () => {
  // Its own database: the totals it reads would count other files' proposals and register entries too.
  const database = await ownDatabase('web_lists');
  system = await System.start({ DATABASE_URL: database }, database);
  // 25 TRANSPORT drafts, titled in order; an open technical review of each, waiting since 12 days (stalled).
  for (let n = 1; n <= 25; n++) {
    const title = `목록 제안 ${String(n).padStart(2, '0')}`;
    const created = await system.call('POST', '/api/proposals', { as: 'lee.manager', body: { ...lowRiskDraft(), title } });
    expect(created.status).toBe(201);
    drafts.push(created.body.id);
    await system.db.query(
      `INSERT INTO tasks (id, proposal_id, kind, domain, round, status, candidate_group, due_at, stalls_at)
       VALUES ($1, $2, 'expert_review', 'technical', 1, 'open', 'experts:technical',
               now() - interval '2 days' + $3 * interval '1 minute', now() - interval '5 days')`,
      [randomUUID(), created.body.id, n],
    );
  }
  // 12 systems in the register, published a minute apart.
  for (let n = 1; n <= 12; n++) {
    await system.db.query(
      `INSERT INTO register_entries (proposal_id, name, department_code, department_name, purpose, tier, human_oversight,
         overseer_contact, ai_notice, risk_summary, status, deployed_version, published_at, updated_at)
       VALUES ($1, $2, 'TRANSPORT', '교통정책과', '시민 안내', 1, '담당 공무원이 확인합니다', '02-120', 'AI 안내', '1등급',
               'in_use', '1.0', now() - $3 * interval '1 minute', now())`,
      [randomUUID(), `등록 시스템 ${String(n).padStart(2, '0')}`, n],
    );
  }
  // A log longer than a page: each claim and release of the review is an entry.
  audited = await submittedProposal(system);
  const review = await openTask(system, audited, 'expert_review', 'park.expert');
  for (let n = 0; n < 14; n++) {
    expect((await system.call('POST', `/api/tasks/${review.id}/claim`, { as: 'park.expert' })).status).toBe(200);
    expect((await system.call('POST', `/api/tasks/${review.id}/release`, { as: 'park.expert' })).status).toBe(200);
  }
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ko-KR' });
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
});
afterAll(async () => {
  await browser?.close();
  await system?.stop();
});

async function signIn(user: DemoUserId) {
  await page.goto(`${system.baseUrl}/sign-in`);
  await page.getByLabel('사용자').selectOption(user);
  await page.getByRole('button', { name: '로그인', exact: true }).click();
  await page.getByRole('button', { name: '로그아웃' }).waitFor();
}

/** Waits for `text`; if it never shows, the failure says what the page showed instead. */
async function shows(text: string) {
  try {
    await page.getByText(text).waitFor();
  } catch (error) {
    const main = await page
      .locator('main')
      .innerText()
      .catch(() => '(no main)');
    throw new Error(`"${text}" never showed at ${page.url()}; the page showed:\n${main}`, { cause: error });
  }
}

/** Follows the pager's link to page `n` of the list named `list`, and waits for the total to say so. */
async function toPage(list: string, n: number, range: string) {
  await page
    .getByRole('navigation', { name: `${list} 페이지` })
    .getByRole('link', { name: String(n), exact: true })
    .click();
  await shows(range);
  expect(new URL(page.url()).searchParams.get(list === '감사 기록' ? 'auditPage' : 'page')).toBe(String(n));
  expect(await axeViolations(page)).toEqual([]);
}

const rowTitles = () => page.locator('tbody th[scope=row] a').allInnerTexts();

it('pages through the public register', async () => {
  await page.goto(`${system.baseUrl}/register`);
  await shows('전체 12건 중 1–10');
  await toPage('서울시 공공 AI 등록부', 2, '전체 12건 중 11–12');
  expect(await page.getByRole('article').locator('h2').allInnerTexts()).toEqual(['등록 시스템 11', '등록 시스템 12']);
  await page.getByRole('link', { name: '이전' }).click();
  await shows('전체 12건 중 1–10');
});

it("pages through the department's proposals, and the administrator's with filter and sort from a shared link", async () => {
  await signIn('lee.manager');
  await page.getByRole('navigation', { name: '주 메뉴' }).getByRole('link', { name: '우리 부서 제안' }).click();
  await shows('전체 25건 중 1–20');
  await toPage('우리 부서의 제안', 2, '전체 25건 중 21–25');
  expect(await rowTitles()).toHaveLength(5);

  await signIn('han.admin');
  await page.goto(`${system.baseUrl}/admin/proposals?department=TRANSPORT&sort=title&page=2`);
  await shows('전체 25건 중 21–25');
  expect(await rowTitles()).toEqual(['목록 제안 21', '목록 제안 22', '목록 제안 23', '목록 제안 24', '목록 제안 25']);
  expect(await page.getByRole('textbox', { name: '부서', exact: true }).inputValue()).toBe('TRANSPORT');
  expect(await page.getByRole('combobox', { name: '정렬', exact: true }).inputValue()).toBe('title');
  // A change of filter goes back to the first page, and stays in the URL.
  await page.getByRole('combobox', { name: '단계', exact: true }).selectOption('DRAFT');
  await shows('전체 25건 중 1–20');
  expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({
    department: 'TRANSPORT',
    sort: 'title',
    status: 'DRAFT',
  });
});

it('pages through the stalled board', async () => {
  await page.goto(`${system.baseUrl}/admin/stalled?department=TRANSPORT`);
  await shows('전체 25건 중 1–20');
  await toPage('지연 업무 (오래 기다린 순)', 2, '전체 25건 중 21–25');
  expect(await page.getByRole('row').filter({ hasText: '목록 제안' }).count()).toBe(5);
});

it("pages through the expert's inbox, each task with its proposal", async () => {
  await signIn('park.expert');
  await page.goto(`${system.baseUrl}/inbox?department=TRANSPORT`);
  await shows('전체 25건 중 1–20');
  await toPage('검토함', 2, '전체 25건 중 21–25');
  // Due soonest first: the last five drafts' tasks, each named by its proposal's title.
  expect(await rowTitles()).toEqual(['목록 제안 21', '목록 제안 22', '목록 제안 23', '목록 제안 24', '목록 제안 25']);
});

it("pages through a proposal's audit log", async () => {
  await page.goto(`${system.baseUrl}/proposals/${audited}`);
  await page.getByRole('tab', { name: '감사 기록' }).click();
  const log = page.getByRole('region', { name: '감사 기록' });
  await log.getByText(/^전체 \d+건 중 1–25$/).waitFor();
  const total = Number((await log.getByText(/^전체 \d+건/).innerText()).match(/전체 (\d+)건/)![1]);
  expect(total).toBeGreaterThan(25);
  await toPage('감사 기록', 2, `전체 ${total}건 중 26–${Math.min(50, total)}`);
  expect(await log.locator('tbody tr').count()).toBe(Math.min(50, total) - 25);
  // The link to that page, opened anew, shows the log's tab at that page.
  await page.reload();
  await log.getByText(`전체 ${total}건 중 26–${Math.min(50, total)}`).waitFor();
});

it('sends scripts and styles compressed, and the same bytes once decompressed', async () => {
  const script = readdirSync('dist/web/assets').find((f) => /^index-.*\.js$/.test(f))!;
  for (const encoding of ['br', 'gzip']) {
    const reply = await fetch(`${system.baseUrl}/assets/${script}`, { headers: { 'Accept-Encoding': encoding } });
    expect([reply.status, reply.headers.get('content-encoding')]).toEqual([200, encoding]);
    expect(await reply.text()).toBe(readFileSync(`dist/web/assets/${script}`, 'utf8'));
  }
  const plain = await fetch(`${system.baseUrl}/assets/${script}`, { headers: { 'Accept-Encoding': 'identity' } });
  expect(plain.headers.get('content-encoding')).toBeNull();
});
