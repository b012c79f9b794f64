// The web console in a real browser (Chromium through playwright-core) against the real stack: a department
// manager writes and submits a proposal, an expert asks for changes, the manager answers, two experts and the
// ethics officer approve, the manager records the deployment, and the public register shows it — all by clicks
// and typing through accessible names (which proves the labels), with axe-core clean (any impact) on every
// page, no English word on any page shown in Korean, each role's main task by keyboard alone, and every page
// visited again at a phone's size (test/web-console-phone.ts). Screenshots go to test-output/screenshots/, or
// with `npm run screenshots` to docs/screenshots/ for the README.
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { DEPARTMENT_ACTIONS, policyFor, PROPOSAL_STATUSES, type ProposalStatus, type Question, workflowIdFor } from '#domain';
import { axeViolations, fontIn, fontsDrawing, launchChromium, phoneProblems } from './support/browser.js';
import { englishWordsIn } from './support/english.js';
import { lowRiskAnswers, lowRiskDraft, openTask } from './support/proposals.js';
import { type DemoUserId, System } from './support/system.js';

// The page's own globals, in the functions that run in it (the project's TypeScript has no DOM library).
declare const document: any, NodeFilter: any;

const SCREENSHOTS = process.env.SCREENSHOTS_DIR ?? 'test-output/screenshots';
// The story runs in TRANSPORT (lee.manager), reviewed by choi.expert (technical, of WELFARE) and park.expert:
// other test files, running at the same time, mostly write WELFARE proposals.
const TITLE = '교통 민원 안내 챗봇';
const PURPOSE = '다산콜센터의 교통 민원 대기 시간을 줄입니다.';
const STALLED_TITLE = '주차 민원 분류 도우미';
let system: System;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  system = await System.start({ TEMPORAL_UI_URL: 'http://localhost:8233' });
  browser = await launchChromium();
  // Less motion: no colour is caught half-way through a transition when axe reads it.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ko-KR', reducedMotion: 'reduce' });
  page = await context.newPage(); // axe-core/playwright needs a page of an explicit context
  page.setDefaultTimeout(15_000);
});
afterAll(async () => {
  // What the page showed when the tests stopped, beside the pictures but never in docs/.
  if (page) await page.screenshot({ path: 'test-output/last-page.png', fullPage: true }).catch(() => {});
  await browser?.close();
  await system?.stop();
});

/** Each page the tests checked, by whom: the phone's pass visits them again. */
const visited: { what: string; user?: DemoUserId; path: string; scoped?: boolean }[] = [];
let signedIn: DemoUserId | undefined;

/**
 * No axe-core violation of any impact on the page as it stands; in Korean, no English word in `within` (the
 * whole page unless said: what this test types is Korean, what other test files write may not be); a title.
 */
async function expectAccessible(what: string, within?: ReturnType<Page['locator']>) {
  expect([what, await axeViolations(page)]).toEqual([what, []]);
  await expectNoEnglish(what, within);
  expect([what, await page.title()]).toEqual([what, expect.stringMatching(/^.+ \| 바른$/)]);
  // A check of part of a page (where test data in English shows) is made of that part again on the phone.
  visited.push({ what, user: signedIn, path: new URL(page.url()).pathname, scoped: within !== undefined });
}

/** The visible text of `within` that is in Korean (the language switch, in English, names itself). */
const koreanText = (within: ReturnType<Page['locator']>) =>
  within.evaluate((root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const texts: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement!;
      if (!element.closest('[lang]')?.getAttribute('lang')?.startsWith('ko')) continue;
      if (element.closest('script, style') || !element.checkVisibility()) continue;
      texts.push(node.textContent ?? '');
    }
    return texts;
  });

async function expectNoEnglish(what: string, within = page.locator('body')) {
  if ((await page.locator('html').getAttribute('lang')) !== 'ko') return;
  // Lists show every test file's proposals: a text naming a proposal this file did not write is theirs to word.
  const { rows } = await system.db.query<{ title: string }>(`SELECT DISTINCT title FROM proposals WHERE title !~ '[가-힣]'`);
  const texts = await koreanText(within);
  const ours = texts.filter((text) => !rows.some(({ title }) => title.trim().length >= 4 && text.includes(title.trim())));
  expect([what, englishWordsIn(ours.join('\n'))]).toEqual([what, []]);
}

const shoot = async (name: string, fullPage = false) => {
  await fontIn(page);
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage });
};

async function signIn(user: DemoUserId) {
  if (await page.getByRole('button', { name: '로그아웃' }).isVisible())
    await page.getByRole('button', { name: '로그아웃' }).click();
  await page.goto(`${system.baseUrl}/sign-in`);
  await page.getByLabel('사용자').selectOption(user);
  await page.getByRole('button', { name: '로그인', exact: true }).click();
  await page.getByRole('button', { name: '로그아웃' }).waitFor();
  await heading('홈').waitFor();
  signedIn = user;
}

const heading = (name: string | RegExp) => page.getByRole('heading', { level: 1, name });
const isFocused = (locator: ReturnType<Page['getByLabel']>) => locator.evaluate((el) => el === el.ownerDocument.activeElement);
/** Whether `locator` has the focus now or within a second (the console moves it once the page is drawn). */
const gainsFocus = (locator: ReturnType<Page['getByLabel']>) =>
  locator.evaluate(
    (el) =>
      new Promise<boolean>((resolve) => {
        const started = Date.now();
        const check = () =>
          el === el.ownerDocument.activeElement
            ? resolve(true)
            : Date.now() - started > 1000
              ? resolve(false)
              : setTimeout(check, 20);
        check();
      }),
  );
/** Tabs forward until `locator` has the focus (at most `limit` presses). */
async function tabTo(locator: ReturnType<Page['getByLabel']>, limit = 60) {
  for (let i = 0; i < limit && !(await isFocused(locator)); i++) await page.keyboard.press('Tab');
  expect(await isFocused(locator)).toBe(true);
}

/** Moves the focused select's choice down with the arrow key until it is `value` (at most `limit` presses). */
async function chooseWithKeys(select: ReturnType<Page['getByLabel']>, value: string, limit = 40) {
  for (let i = 0; i < limit && (await select.inputValue()) !== value; i++) await page.keyboard.press('ArrowDown');
  expect(await select.inputValue()).toBe(value);
}

it('draws its Korean in the font it serves, Pretendard GOV, with no Korean font on the machine', async () => {
  await page.goto(`${system.baseUrl}/sign-in`);
  await page.getByText('개발 모드입니다').waitFor();
  const drawn = async (selector: string) =>
    (await fontsDrawing(page, selector)).map(({ postScriptName, isCustomFont }) => ({ postScriptName, isCustomFont }));
  expect(await drawn('h1')).toEqual([{ postScriptName: 'PretendardGOV-Bold', isCustomFont: true }]);
  expect(await drawn('form p')).toEqual([{ postScriptName: 'PretendardGOV-Regular', isCustomFont: true }]);
  // Its dynamic subsets: the ranges of the page's own text are loaded (a page fetches only those it needs).
  expect(await page.evaluate(`document.fonts.check('16px "Pretendard GOV"', '개발 모드입니다')`)).toBe(true);
});

it('signs in with the keyboard alone, and the department manager lands on the home page', async () => {
  await page.goto(system.baseUrl);
  await heading('바른 콘솔 로그인').waitFor();
  await expectAccessible('sign-in');
  await shoot('sign-in');
  // Tab from the top of the page to the user picker, choose with the arrow keys, Tab on to the button.
  await tabTo(page.getByLabel('사용자'));
  await page.keyboard.press('ArrowDown'); // from the first demo user to the second, lee.manager
  expect(await page.getByLabel('사용자').inputValue()).toBe('lee.manager');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await heading('홈').waitFor();
  signedIn = 'lee.manager';
  expect(new URL(page.url()).pathname).toBe('/home');
  await page.getByRole('heading', { name: /우리 부서가 할 일/ }).waitFor();
  await expectAccessible('manager home');
});

it('the manager starts a draft with the keyboard alone; the focus and the announcement follow each step', async () => {
  // From the page's top, Tab to the menu's "new proposal", Enter: the new page's heading has the focus, and
  // its name is announced.
  await page.evaluate('window.scrollTo(0, 0); document.activeElement.blur()');
  await tabTo(page.getByRole('navigation', { name: '주 메뉴' }).getByRole('link', { name: '새 제안' }));
  await page.keyboard.press('Enter');
  await heading('새 제안').waitFor();
  expect(await gainsFocus(heading('새 제안'))).toBe(true);
  await page.getByTestId('announcer').getByText('새 제안', { exact: true }).waitFor();
  // Sent with nothing typed: the focus goes to the first field at fault.
  await tabTo(page.getByRole('button', { name: '초안 만들기' }));
  await page.keyboard.press('Enter');
  const title = page.getByRole('textbox', { name: /^제목/ });
  await title.and(page.locator('[aria-invalid="true"]')).waitFor();
  expect(await gainsFocus(title)).toBe(true);
  await page.keyboard.type('키보드로 쓴 제안');
  await tabTo(page.getByRole('textbox', { name: /^요약/ }));
  await page.keyboard.type('키보드만으로 초안을 만듭니다.');
  await tabTo(page.getByRole('textbox', { name: /^목적/ }));
  await page.keyboard.type(PURPOSE);
  await tabTo(page.getByRole('button', { name: '초안 만들기' }));
  await page.keyboard.press('Enter');
  await heading('제안 작성: 키보드로 쓴 제안').waitFor();
});

/**
 * Answers every question the tier asks for by clicking its option or typing, as low-risk as it gets but for
 * what the profile declared: personal data of older people, which its answers must say too.
 */
async function answerQuestionnaire() {
  const policy = policyFor();
  const answers: Record<string, string | string[]> = {
    ...lowRiskAnswers(policy),
    sa_data_kinds: ['personal'],
    fa_vulnerable_groups: ['elderly'],
  };
  for (const question of policy.sections.flatMap((section) => section.questions) as Question[]) {
    if (question.kind === 'text') {
      if (question.requiredFromTier) continue; // the fundamental-rights items: from tier III only
      await page.getByLabel(question.text.ko).fill('복지정책과 서비스 안내서와 상담 기록');
      continue;
    }
    const group = page.getByRole('group', { name: question.text.ko });
    for (const optionId of ([] as string[]).concat(answers[question.id] as string | string[])) {
      const option = question.options.find((o) => o.id === optionId)!;
      await group.getByLabel(option.label.ko, { exact: true }).check();
    }
  }
}

let proposalId: string;

it('the manager drafts a proposal, sees the missing answers beside their questions, answers them and submits', async () => {
  await page.getByRole('link', { name: '새 제안' }).first().click();
  await heading('새 제안').waitFor();
  await expectAccessible('new proposal');
  await page.getByLabel('제목').fill(TITLE);
  await page.getByLabel('요약').fill('시민의 교통 민원을 받아 알맞은 부서와 절차를 안내합니다.');
  await page.getByLabel('목적').fill(PURPOSE);
  // Personal data of vulnerable groups: tier II at least, so two expert reviews (technical, ethics and society).
  await page.getByLabel('개인정보를 처리합니다').check();
  await page.getByLabel('취약계층에 영향을 줍니다').check();
  await page.getByLabel('시민 문의 담당자 (연락처)').fill('교통정책과 02-2133-2200');
  await page.getByRole('button', { name: '초안 만들기' }).click();
  await heading(`제안 작성: ${TITLE}`).waitFor();
  proposalId = new URL(page.url()).pathname.split('/')[2];

  // Submitting with nothing answered: the API's refusals, in Korean, next to the questions they name.
  await page.getByRole('button', { name: '제출' }).click();
  const peopleAffected = page.getByRole('group', { name: '시스템의 영향을 받는 사람은 1년에 몇 명입니까?' });
  // Beside its question a problem says "this", not the answer's path.
  await peopleAffected.getByText('이 항목은 필수입니다').waitFor();
  expect(await peopleAffected.getAttribute('aria-invalid')).toBe('true');
  await expectAccessible('proposal form with errors');
  // In English the same refusal comes back in English, in the same place.
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Submit' }).click();
  await page
    .getByRole('group', { name: 'How many people does the system affect in a year?' })
    .getByText('This is required')
    .waitFor();
  await page.getByRole('button', { name: '한국어' }).click();

  await answerQuestionnaire();
  const preview = page.getByRole('complementary', { name: '예상 점수와 등급' });
  await preview.getByTestId('preview-tier').getByText('II (보통)').waitFor();
  await preview.getByText('기술, 윤리·사회').waitFor();
  await preview.getByText('취약계층에 영향을 주는 개인정보 처리이므로 최저 등급 II (보통)').waitFor();
  await preview.getByTestId('preview-unanswered').getByText('0', { exact: true }).waitFor();
  expect(await peopleAffected.getByText('이 항목은 필수입니다').count()).toBe(0); // answered: gone
  await page.evaluate('window.scrollTo(0, 0)');
  await shoot('manager-proposal-form');
  await page.getByRole('button', { name: '제출' }).click();
  await heading(TITLE).waitFor();
  await page.getByTestId('proposal-stage').getByText('전문가 검토').waitFor();
  // The step indicator: the fourth of the path's steps is current, and what may come next is said.
  const steps = page.getByRole('region', { name: '진행 단계' });
  await steps.locator('li.active').getByText('전문가 검토').waitFor();
  expect(await steps.locator('li.done').count()).toBe(3);
  await steps.getByTestId('lifecycle-next').getByText('변경 요청됨, 윤리 승인, 반려, 철회', { exact: false }).waitFor();
  await expectAccessible('proposal page');
});

/** From the inbox: claim the proposal's task of that domain, then open it. */
async function claimAndOpen(domain: string) {
  await page.getByRole('navigation', { name: '주 메뉴' }).getByRole('link', { name: '검토함' }).click();
  await heading('검토함').waitFor();
  await page.getByRole('button', { name: `맡기: ${TITLE} ${domain}`, exact: true }).click();
  await page.getByRole('button', { name: `돌려놓기: ${TITLE} ${domain}`, exact: true }).waitFor();
  const row = page
    .getByRole('row')
    .filter({ has: page.getByRole('button', { name: `돌려놓기: ${TITLE} ${domain}`, exact: true }) });
  await row.getByRole('link', { name: TITLE }).click();
  await heading(new RegExp(`${domain}: ${TITLE}`)).waitFor();
}

async function decide(decision: string, comment = '') {
  await page.getByRole('radio', { name: decision, exact: true }).check();
  if (comment) await page.getByRole('textbox', { name: /^의견/ }).fill(comment);
  await page.getByRole('button', { name: '결정 보내기' }).click();
  await page.getByRole('status').getByText('결정을 기록했습니다').waitFor();
}

const CHANGES = '전화가 없는 시민을 위한 창구 안내를 설명해 주세요.';

it('an expert claims the technical review, is told a comment is needed, and requests changes', async () => {
  await signIn('choi.expert');
  await page.getByRole('heading', { name: '내 검토 과제' }).waitFor();
  await page.getByRole('region', { name: '아직 아무도 맡지 않은 과제' }).getByRole('link', { name: TITLE }).first().waitFor();
  await expectAccessible('reviewer home');
  await shoot('reviewer-home');
  await page.getByRole('navigation', { name: '주 메뉴' }).getByRole('link', { name: '검토함' }).click();
  await heading('검토함').waitFor();
  await expectAccessible('inbox');
  await shoot('reviewer-inbox');
  await claimAndOpen('기술');
  // Given back and taken again from the task page: the assignee follows.
  await page.getByRole('button', { name: '돌려놓기', exact: true }).click();
  await page.getByRole('button', { name: '맡기', exact: true }).click();
  await page.getByRole('button', { name: '돌려놓기', exact: true }).waitFor();
  await expectAccessible('task page');
  await page.getByRole('radio', { name: '변경 요청', exact: true }).check();
  await page.getByRole('button', { name: '결정 보내기' }).click();
  // The API's refusal, in Korean, under the comment field it names.
  const comment = page.getByRole('textbox', { name: /^의견/ });
  await page.locator('.field-errors').getByText('변경 요청 결정에는 의견이 필요합니다').waitFor();
  expect(await comment.getAttribute('aria-invalid')).toBe('true');
  expect(await gainsFocus(comment)).toBe(true); // the focus went to the field at fault
  await page
    .getByTestId('announcer')
    .getByText(/변경 요청 결정에는 의견이 필요합니다/)
    .waitFor();
  await expectAccessible('decision form with an error');
  await shoot('reviewer-task');
  await decide('변경 요청', CHANGES);
});

it('the second expert approves the ethics review with the keyboard alone', async () => {
  await signIn('park.expert');
  await claimAndOpen('윤리·사회');
  // Tab to the first decision, Space to choose it (approve), Tab past the comment to the button, Enter.
  await tabTo(page.getByRole('radio', { name: '승인', exact: true }));
  await page.keyboard.press('Space');
  expect(await page.getByRole('radio', { name: '승인', exact: true }).isChecked()).toBe(true);
  await tabTo(page.getByRole('button', { name: '결정 보내기' }));
  await page.keyboard.press('Enter');
  await page.getByRole('status').getByText('결정을 기록했습니다').waitFor();
});

it("the manager sees what is awaited, answers the change request beside the reviewers' comments", async () => {
  await signIn('lee.manager');
  const row = page.getByRole('row').filter({ hasText: TITLE });
  await row.getByText('변경 요청에 답하세요').waitFor({ timeout: 30_000 });
  await expectAccessible('proposal list');
  await shoot('manager-home');
  await row.getByRole('link', { name: TITLE }).click();
  await page.getByTestId('proposal-stage').getByText('변경 요청됨').waitFor();
  await page.getByRole('region', { name: '검토와 의견' }).getByText(CHANGES).waitFor();
  // Sent back for revision, the proposal's fields may be edited and saved first (DESIGN §5), as its page offers.
  await page.getByRole('link', { name: '내용 고치기' }).click();
  await page
    .getByRole('textbox', { name: /^요약/ })
    .fill('교통 민원을 받아 알맞은 부서와 절차를 안내하고, 창구 안내도 함께 합니다.');
  await page.getByRole('button', { name: '저장', exact: true }).click();
  await page.getByRole('status').getByText('저장했습니다').waitFor();
  await page.goBack();
  await page.getByText('창구 안내도 함께 합니다.').waitFor();
  await page.getByLabel('답변').fill('모든 구청 복지 창구에서 같은 안내를 합니다.');
  await page.getByRole('button', { name: '답변 보내기' }).click();
  await page.getByTestId('proposal-stage').getByText('전문가 검토').waitFor();
  await expectAccessible('proposal page after revision');
});

it("round two: both experts approve, seeing the first round's comments", async () => {
  await signIn('choi.expert');
  await claimAndOpen('기술');
  await page.getByRole('region', { name: '이전 회차 의견' }).getByText(CHANGES).waitFor();
  await decide('승인');
  await signIn('park.expert');
  await claimAndOpen('윤리·사회');
  await decide('승인');
});

const CONDITION = '첫 화면에 AI 사용 고지를 보여 줄 것';

it('the ethics officer approves on a condition', async () => {
  await signIn('jung.officer');
  await claimAndOpen('윤리');
  await page.getByRole('radio', { name: '조건부 승인', exact: true }).check();
  await page.getByLabel('조건 (한 줄에 하나)').fill(CONDITION);
  await decide('조건부 승인', '지침에 맞습니다. 조건 하나를 붙입니다.');
});

it('the manager records the deployment with evidence for the condition, and reports a low incident', async () => {
  await signIn('lee.manager');
  await page.getByRole('row').filter({ hasText: TITLE }).getByText('배포를 기록하세요').waitFor({ timeout: 30_000 });
  await page.getByRole('link', { name: TITLE, exact: true }).click();
  await page.getByLabel('배포 버전').fill('1.0.0');
  await page.getByLabel(`조건 이행 증빙: ${CONDITION}`).fill('첫 화면 캡처, 2026-12-01');
  await expectAccessible('deployment form');
  await page.getByRole('button', { name: '배포 기록하기' }).click();
  await page.getByTestId('proposal-stage').getByText('운영 감시').waitFor();
  // The history's tabs: the timeline first, the audit log a tab away.
  await page.getByRole('tab', { name: '감사 기록' }).click();
  await page.getByRole('tabpanel', { name: '감사 기록' }).getByText('lee.manager').first().waitFor();
  await expectNoEnglish('proposal page in operation, with its audit log');
  await page.getByLabel('내용').fill('안내 문구 오타 1건.');
  await page.getByRole('button', { name: '신고하기' }).click();
  await page.getByRole('status').getByText('완료했습니다').waitFor();
});

it('the public register shows the system to anyone, in Korean or English', async () => {
  await page.getByRole('button', { name: '로그아웃' }).click();
  await page.getByRole('link', { name: '공개 AI 등록부' }).click();
  const entry = page.getByRole('article', { name: TITLE });
  await entry.getByText('교통정책과 02-2133-2200').waitFor();
  await entry.getByText(PURPOSE).waitFor();
  await entry.getByText('운영 중').waitFor();
  // Other test files publish entries of their own, in English: this story's entry is checked for English.
  await expectAccessible('public register', entry);
  await entry.getByText('AI는 참고 정보만 제공하며, 결정은 담당 공무원이 내립니다.').waitFor();
  await shoot('public-register');
  await page.getByRole('button', { name: 'English' }).click();
  await heading("Seoul's public AI register").waitFor();
  await entry.getByText('In use').waitFor();
  await entry.getByText('The AI only advises; a city official makes every decision.').waitFor();
  await page.getByRole('button', { name: '한국어' }).click();
});

it("the administrator finds the stalled review, opens its workflow link, reassigns it, then all of a person's", async () => {
  // A second proposal whose review has waited twelve days, two past its due time (its read-model row
  // backdated: the workflow's own timers are not what this page shows).
  const created = await system.call('POST', '/api/proposals', {
    as: 'kim.manager',
    body: { ...lowRiskDraft(), title: STALLED_TITLE },
  });
  const stalledId: string = created.body.id;
  expect((await system.call('POST', `/api/proposals/${stalledId}/submit`, { as: 'kim.manager' })).status).toBe(202);
  await openTask(system, stalledId, 'expert_review', 'park.expert');
  await system.db.query(
    `UPDATE tasks SET created_at = now() - interval '12 days', due_at = now() - interval '2 days', stalls_at = now() - interval '5 days'
     WHERE proposal_id = $1`,
    [stalledId],
  );
  await signIn('han.admin');
  await page.getByRole('heading', { name: '운영 현황' }).waitFor();
  await page.getByRole('region', { name: '단계별 제안 수' }).getByRole('rowheader', { name: '전문가 검토' }).waitFor();
  await expectAccessible('admin home');
  await shoot('admin-home');
  await page.getByRole('navigation', { name: '주 메뉴' }).getByRole('link', { name: '지연 업무' }).click();
  await heading('지연 업무 (오래 기다린 순)').waitFor();
  const row = page.getByRole('row').filter({ hasText: STALLED_TITLE });
  await row.getByText('기한 지남').waitFor();
  await row.getByText('재단 전문가 · 기술').waitFor();
  const link = row.getByRole('link', { name: /Temporal UI에서 보기/ });
  expect(await link.getAttribute('href')).toBe(`http://localhost:8233/namespaces/default/workflows/${workflowIdFor(stalledId)}`);
  await expectAccessible('stalled board');
  await shoot('admin-stalled');

  // To a person only this file uses (an expert of all domains, in the directory from their first call), then
  // all of that person's open tasks back to park.expert: nobody else's work moves.
  await system.call('GET', '/api/questionnaire', { token: system.token('park.expert', { sub: 'web.absent' } as never) });
  // Picked from the task's candidates, each with how loaded they are; choi.expert is of the proposal's department.
  await row.getByRole('button', { name: `재배정 ${STALLED_TITLE}` }).click();
  const candidates = row.getByLabel(`새 담당자 (${STALLED_TITLE})`);
  await candidates.selectOption('web.absent');
  expect(await candidates.locator('option').allInnerTexts()).not.toContainEqual(expect.stringContaining('choi.expert'));
  await row.getByText(/최유진 \(choi\.expert\): /).waitFor({ state: 'attached' });
  await row.getByRole('button', { name: '재배정', exact: true }).click();
  const assigneeCell = (person: string) =>
    page.getByRole('row').filter({ hasText: STALLED_TITLE }).getByRole('cell', { name: person, exact: true });
  await assigneeCell('web.absent').waitFor();

  // All of an absent person's, with the keyboard alone. The reviewers to pick the absent person from were read
  // when the page opened, before web.absent held a task.
  await page.reload();
  const absent = page.getByRole('region', { name: '한 사람의 과제를 모두 재배정' });
  await tabTo(absent.getByLabel('부재자'), 200);
  await chooseWithKeys(absent.getByLabel('부재자'), 'web.absent');
  await tabTo(absent.getByRole('button', { name: '과제 보기' }));
  await page.keyboard.press('Enter');
  const choice = absent.getByLabel(`새 담당자 (${STALLED_TITLE})`);
  await tabTo(choice);
  await chooseWithKeys(choice, 'park.expert');
  await expectAccessible('reassign all', absent);
  await tabTo(absent.getByRole('button', { name: '모두 재배정' }));
  await page.keyboard.press('Enter');
  await absent.getByRole('status').getByText('재배정: 1').waitFor();
  await assigneeCell('park.expert').waitFor();
});

it('the manager withdraws the stalled proposal, with a reason, and its tasks are cancelled', async () => {
  await signIn('kim.manager');
  await page.getByRole('link', { name: STALLED_TITLE, exact: true }).click();
  await page.getByLabel('철회 사유').fill('사업 계획이 바뀌었습니다.');
  await page.getByRole('button', { name: '철회하기' }).click();
  // It cannot be undone: a dialog asks first, and has the focus.
  const dialog = page.getByRole('dialog', { name: '제안 철회' });
  await dialog.getByText('되돌릴 수 없고').waitFor();
  await expectAccessible('withdrawal dialog', dialog); // the page behind shows the test data's English summary
  await dialog.getByRole('button', { name: '철회하기' }).click();
  await page.getByTestId('proposal-stage').getByText('철회').waitFor();
  await page.getByRole('tab', { name: '감사 기록' }).click();
  await page.getByRole('tabpanel', { name: '감사 기록' }).getByText('사업 계획이 바뀌었습니다.').waitFor();
  await signIn('han.admin');
  await page.getByRole('navigation', { name: '주 메뉴' }).getByRole('link', { name: '지연 업무' }).click();
  await heading('지연 업무 (오래 기다린 순)').waitFor();
  await page.getByRole('row').filter({ hasText: STALLED_TITLE }).waitFor({ state: 'detached' });
});

it('the metrics page draws its charts with a table of the same figures', async () => {
  await page.getByRole('link', { name: '지표' }).click();
  await heading('지표').waitFor();
  const timePerStage = page.getByRole('figure', { name: '단계별 소요 시간 (시간)' });
  await timePerStage.getByRole('img', { name: '단계별 소요 시간 (시간)' }).waitFor();
  await timePerStage.getByRole('rowheader', { name: '전문가 검토' }).waitFor();
  await page.getByRole('figure', { name: '부서별 기한 초과' }).waitFor();
  await expectAccessible('metrics');
  await shoot('admin-metrics');
});

it("the administrator opens any department's proposal from the list of all, and its workflow in the Temporal UI", async () => {
  const workflowUrl = `http://localhost:8233/namespaces/default/workflows/${workflowIdFor(proposalId)}`;
  await page.getByRole('link', { name: '모든 제안' }).click();
  await heading('모든 부서의 제안').waitFor();
  const row = page.getByRole('row').filter({ hasText: TITLE });
  await row.getByRole('cell', { name: 'TRANSPORT', exact: true }).waitFor();
  expect(await row.getByRole('link', { name: /Temporal UI에서 보기/ }).getAttribute('href')).toBe(workflowUrl);
  await expectAccessible('all proposals');
  await row.getByRole('link', { name: TITLE, exact: true }).click();
  await heading(TITLE).waitFor();
  expect(await page.getByRole('link', { name: 'Temporal UI에서 보기' }).getAttribute('href')).toBe(workflowUrl);
  // The department's own view has no such link: the Temporal UI is the operators'.
  const asManager = await system.call('GET', `/api/proposals/${proposalId}`, { as: 'lee.manager' });
  expect(asManager.body.workflowUrl).toBeUndefined();
});

it('in every stage the proposal page offers exactly the actions the API allows its caller', async () => {
  // One proposal per stage, put there in the read model: the page draws from it, whatever moved it there.
  const atStage = new Map<ProposalStatus, string>();
  for (const stage of PROPOSAL_STATUSES) {
    const created = await system.call('POST', '/api/proposals', {
      as: 'lee.manager',
      body: { ...lowRiskDraft(), title: `단계별 제안 ${stage}`, summary: '단계마다 할 수 있는 일을 봅니다.', purpose: PURPOSE },
    });
    await system.db.query('UPDATE proposals SET status = $1 WHERE id = $2', [stage, created.body.id]);
    atStage.set(stage, created.body.id);
  }
  const offeredToManager = new Set<string>();
  for (const user of ['lee.manager', 'han.admin'] as const) {
    await signIn(user);
    for (const [stage, id] of atStage) {
      await page.goto(`${system.baseUrl}/proposals/${id}`);
      await heading(`단계별 제안 ${stage}`).waitFor();
      await expectNoEnglish(`${user}: proposal in ${stage}`);
      const shown = await page.locator('[data-action]:visible').evaluateAll((els) => els.map((el) => el.dataset.action!));
      const { allowedActions } = (await system.call('GET', `/api/proposals/${id}`, { as: user })).body;
      expect([user, stage, shown.sort()]).toEqual([user, stage, [...allowedActions].sort()]);
      if (user === 'lee.manager') shown.forEach((action) => offeredToManager.add(action));
    }
  }
  expect([...offeredToManager].sort()).toEqual([...DEPARTMENT_ACTIONS].sort());
});

it('the console is served at / with a strict CSP, and never in place of the API, the probes or the docs', async () => {
  const deepLink = await fetch(`${system.baseUrl}/proposals/${proposalId}`);
  expect([deepLink.status, deepLink.headers.get('content-type')]).toEqual([200, 'text/html; charset=utf-8']);
  expect(await deepLink.text()).toContain('<div id="root"></div>');
  const csp = deepLink.headers.get('content-security-policy')!;
  expect(csp).toContain("script-src 'self';");
  expect(csp).toMatch(/connect-src 'self'(;|$)/);
  expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  for (const path of ['/api/nothing-here', '/health', '/docs/openapi.json', '/metrics']) {
    const reply = await fetch(`${system.baseUrl}${path}`);
    expect([path, reply.headers.get('content-type')]).not.toEqual([path, expect.stringContaining('text/html')]);
  }
  expect((await fetch(`${system.baseUrl}/api/nothing-here`)).status).toBe(404);
  expect((await fetch(`${system.baseUrl}/assets/missing.js`)).status).toBe(404);
});

/** The pages whose phone picture the README shows. */
const PHONE_PICTURES: Record<string, string> = {
  'public register': 'phone-public-register',
  'manager home': 'phone-manager-home',
  'task page': 'phone-reviewer-task',
  'admin home': 'phone-admin-home',
};

it('every page the tests visited, again at 360 × 740: no horizontal scroll, 44 px targets, axe clean, no English', async () => {
  const phone = await browser.newContext({
    viewport: { width: 360, height: 740 },
    locale: 'ko-KR',
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
    reducedMotion: 'reduce',
  });
  page = await phone.newPage();
  page.setDefaultTimeout(15_000);
  signedIn = undefined;
  // The public register first: citizens read it on their phones.
  const pages = [{ what: 'public register', user: undefined, path: '/register' }, ...visited];
  const seen = new Set<string>();
  const problems: string[] = []; // all pages', at once
  for (const { what, user, path, scoped } of pages) {
    if (seen.has(`${user} ${path}`)) continue;
    seen.add(`${user} ${path}`);
    if (user && user !== signedIn) await signIn(user);
    if (!user && signedIn) {
      await page.getByRole('button', { name: '로그아웃' }).click();
      signedIn = undefined;
    }
    await page.goto(`${system.baseUrl}${path}`);
    await page.locator('#main h1').waitFor();
    await page.waitForFunction(() => !document.body.innerText.includes('불러오는 중'));
    const where = `phone: ${what} (${path})`;
    problems.push(...(await phoneProblems(page)).map((problem) => `${where}: ${problem}`));
    problems.push(...(await axeViolations(page)).map((violation) => `${where}: ${violation}`));
    // The register lists other test files' systems too, in English: there, this story's entry is read.
    if (path === '/register') await expectNoEnglish(where, page.getByRole('article', { name: TITLE }));
    else if (!scoped) await expectNoEnglish(where);
    if (PHONE_PICTURES[what]) await shoot(PHONE_PICTURES[what]);
  }
  expect(problems).toEqual([]);
  expect(seen.size).toBeGreaterThan(10);
});
