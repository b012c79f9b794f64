import { contactProblems, declarationProblems, flagsImpliedBy, proposalProblems } from './declarations.js';
import { policyFor } from './policy/index.js';
import { render } from './texts/index.js';

const policy = policyFor('2026.2');
const body = { automation: 'advisory', highImpactArea: null, personalData: false, affectsVulnerableGroups: false } as const;

describe('what a proposal declares beside its answers', () => {
  it('names the flag an answer contradicts, and the answer, in Korean and English', () => {
    const [problem] = declarationProblems(policy, body, { sa_data_kinds: ['public', 'personal'] });
    expect(problem).toMatchObject({ field: 'personalData', code: 'flag_required_by_answer' });
    expect(render('en', problem)).toBe('personal data must be true: the answer answers.sa_data_kinds says so');
    expect(render('ko', problem)).toBe('answers.sa_data_kinds 답변에 따르면 개인정보 처리 여부 항목은 "예"여야 합니다');
  });

  it('refuses a flag declared without the answers to back it, and an automation the answers contradict', () => {
    const problems = declarationProblems(
      policy,
      { ...body, automation: 'fully_automated', affectsVulnerableGroups: true },
      { fa_vulnerable_groups: ['none'], profile_automation: 'human_in_the_loop' },
    );
    expect(problems.map((p) => [p.field, p.code])).toEqual([
      ['affectsVulnerableGroups', 'flag_denied_by_answer'],
      ['automation', 'automation_differs_from_answer'],
    ]);
    expect(render('en', problems[1])).toBe(
      'automation must be A person decides after review, as the answer answers.profile_automation says',
    );
  });

  it('takes a flag as declared while its question is unanswered, and under a policy with no rule for it', () => {
    expect(declarationProblems(policy, { ...body, personalData: true }, {})).toEqual([]);
    expect(flagsImpliedBy(policyFor('2026.1'), { sa_data_kinds: ['public'] })).toEqual({ personalData: false });
    expect(declarationProblems(policyFor('2026.1'), { ...body, affectsVulnerableGroups: true }, {})).toEqual([]);
  });

  it('refuses a high-impact area the policy does not name', () => {
    expect(declarationProblems(policy, { ...body, highImpactArea: 'health care' }, {})).toEqual([
      expect.objectContaining({ field: 'highImpactArea', code: 'field_not_one_of' }),
    ]);
    expect(declarationProblems(policy, { ...body, highImpactArea: 'health_care' }, {})).toEqual([]);
  });

  it('reports the sent answers first: what they name wrongly is the problem, not the flags', () => {
    const sent = { sa_data_kinds: ['personal', 'bogus'] };
    expect(proposalProblems(policy, { sent, answers: sent, declared: body })).toEqual([
      expect.objectContaining({ field: 'answers.sa_data_kinds', code: 'field_not_distinct_options' }),
    ]);
  });
});

describe('a contact for citizens', () => {
  it('is required from tier III on', () => {
    expect(contactProblems(2, null)).toEqual([]);
    expect(contactProblems(3, '  ')).toEqual([
      expect.objectContaining({ field: 'overseerContact', code: 'contact_required_from_tier' }),
    ]);
    expect(contactProblems(4, '복지정책과 02-2133-0000')).toEqual([]);
  });
});
