// What the API says in the reader's language (Accept-Language): tier reasons, the assessment preview and the
// audit log, each also as codes; records from before these texts were coded are shown as they are.
import { textOf } from '#domain';
import { englishSentencesIn } from './support/english.js';
import { lowRiskDraft, openTask, reachStatus, submittedProposal } from './support/proposals.js';
import { System } from './support/system.js';

const KOREAN = { 'Accept-Language': 'ko-KR,ko;q=0.9,en;q=0.8' };
const COMMENT = '전화가 없는 시민을 위한 안내를 설명해 주세요.';
let system: System;
let proposalId: string;
beforeAll(async () => {
  system = await System.start();
  proposalId = await submittedProposal(system);
  const review = await openTask(system, proposalId, 'expert_review', 'park.expert');
  await system.call('POST', `/api/tasks/${review.id}/claim`, { as: 'park.expert' });
  await system.call('POST', `/api/tasks/${review.id}/complete`, {
    as: 'park.expert',
    body: { decision: 'request_changes', comment: COMMENT },
  });
  await reachStatus(system, proposalId, 'REVISION_REQUESTED');
});
afterAll(() => system.stop());

const asManager = (path: string, headers: Record<string, string> = {}) =>
  system.call('GET', path, { as: 'kim.manager', headers });

it("gives the tier's reasons in the reader's language, and the same reasons as codes", async () => {
  const [ko, en] = await Promise.all([
    asManager(`/api/proposals/${proposalId}`, KOREAN),
    asManager(`/api/proposals/${proposalId}`),
  ]);
  expect(en.body.scores.reasons[0]).toMatch(/^impact \d+ of \d+ \([\d.]+%\) gives tier I \(low\)$/);
  expect(ko.body.scores.reasons[0]).toMatch(/^영향 점수 \d+\/\d+ \([\d.]+%\)에 따라 등급 I \(낮음\)$/);
  expect(ko.body.scores.reasons.flatMap(englishSentencesIn)).toEqual([]);
  expect(ko.body.scores.reasonCodes).toEqual(en.body.scores.reasonCodes);
  expect(ko.body.scores.reasonCodes[0]).toMatchObject({ code: 'tier_from_impact', params: { tier: 1 } });
  // As the console renders them, whatever language it asked in.
  expect(en.body.scores.reasonCodes.map((code: any) => textOf('ko', code))).toEqual(ko.body.scores.reasons);
});

it('shows the string reasons of a proposal scored before reasons were coded as they are', async () => {
  const draft = await system.call('POST', '/api/proposals', { as: 'kim.manager', body: lowRiskDraft() });
  const reasons = ['impact 0 of 153 (0%) gives tier I'];
  const scores = { impact: 0, impactMax: 153, mitigation: 0, mitigationMax: 10, final: 0, byPrinciple: {}, reasons };
  await system.db.query(`UPDATE proposals SET tier = 1, scores = $2 WHERE id = $1`, [draft.body.id, JSON.stringify(scores)]);
  const ko = await asManager(`/api/proposals/${draft.body.id}`, KOREAN);
  expect(ko.body.scores).toMatchObject({ reasons, reasonCodes: [{ code: 'reason_as_recorded', params: { text: reasons[0] } }] });
});

it("previews the tier with its reasons in the reader's language", async () => {
  const draft = await system.call('POST', '/api/proposals', { as: 'kim.manager', body: lowRiskDraft() });
  const tried = await system.call('POST', `/api/proposals/${draft.body.id}/assessment/preview`, {
    as: 'kim.manager',
    headers: KOREAN,
    body: {
      personalData: true,
      affectsVulnerableGroups: true,
      answers: { sa_data_kinds: ['personal'], fa_vulnerable_groups: ['elderly'] },
    },
  });
  expect(tried.body.tier).toBe(2);
  expect(tried.body.scores.reasons).toContain('취약계층에 영향을 주는 개인정보 처리이므로 최저 등급 II (보통)');
  expect(tried.body.scores.reasonCodes).toContainEqual({ code: 'tier_floor_vulnerable_personal_data', params: { tier: 2 } });
});

it("gives each audit entry its text in the reader's language: the system's detail rendered, a person's words as they are", async () => {
  const [ko, en] = await Promise.all([
    asManager(`/api/proposals/${proposalId}/audit`, KOREAN),
    asManager(`/api/proposals/${proposalId}/audit`),
  ]);
  const entry = (log: any[], action: string) => log.find((e) => e.action === action);
  const screened = entry(ko.body, 'screened');
  expect(screened.detail).toMatchObject({ code: 'audit_screened' });
  expect(screened.rationale).toMatch(/^impact \d+ of \d+/);
  expect(screened.text).toMatch(/^영향 점수 \d+\/\d+/);
  expect(entry(en.body, 'screened').text).toBe(screened.rationale);
  expect(entry(ko.body, 'expert_review_opened')).toMatchObject({ text: '과제 1건: 기술', rationale: '1 task(s): Technical' });
  expect(entry(ko.body, 'changes_requested')).toMatchObject({ text: `기술: ${COMMENT}`, rationale: `Technical: ${COMMENT}` });
  const decision = entry(ko.body, 'expert_review_request_changes');
  expect(decision).toMatchObject({ rationale: COMMENT, text: COMMENT });
  expect(decision.detail).toBeUndefined();
  expect(ko.body.flatMap((e: any) => englishSentencesIn(e.text ?? ''))).toEqual([]);
  // As the console's audit log renders them: the detail in its language, else the rationale.
  const shown = en.body.map((e: any) => (e.detail ? textOf('ko', e.detail) : e.rationale));
  expect(shown).toEqual(ko.body.map((e: any) => e.text));
});
