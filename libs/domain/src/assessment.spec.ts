import { type AssessmentProfile, answerProblems, assess, submissionProblems } from './assessment.js';
import { type Answers, type Policy, type Principle, type Question, type Tier, PRINCIPLES, policyFor } from './policy/index.js';
import { type Message, render } from './texts/index.js';

/** The reasons as the audit log and the English reader read them. */
const inEnglish = (reasons: Message[]): string[] => reasons.map((reason) => render('en', reason));

const policy = policyFor('2026.1');
const questions: Question[] = policy.sections.flatMap((s) => s.questions);
const question = (id: string): Question => {
  const found = questions.find((q) => q.id === id);
  if (!found) throw new Error(`test setup: no question ${id} in policy ${policy.version}`);
  return found;
};

// Expected values are derived from the policy's own data, not copied from the implementation's output.
const optionPoints = (questionId: string, optionId: string): number => {
  const option = question(questionId).options.find((o) => o.id === optionId);
  if (!option) throw new Error(`test setup: no option ${optionId} in ${questionId}`);
  return option.points;
};
const pointsOfAnswer = (questionId: string, answer: string | string[]): number =>
  (Array.isArray(answer) ? answer : [answer]).reduce((sum, o) => sum + optionPoints(questionId, o), 0);
const maxOf = (q: Question): number => {
  const points = q.options.map((o) => o.points);
  return q.kind === 'multi' ? points.reduce((a, b) => a + b, 0) : Math.max(...points);
};
const impactQuestions = questions.filter((q) => q.scoring === 'impact');
const mitigationQuestions = questions.filter((q) => q.scoring === 'mitigation');
const IMPACT_MAX = impactQuestions.reduce((sum, q) => sum + maxOf(q), 0);
const MITIGATION_MAX = mitigationQuestions.reduce((sum, q) => sum + maxOf(q), 0);
const impactOf = (answers: Answers): number =>
  impactQuestions.reduce((sum, q) => sum + (answers[q.id] === undefined ? 0 : pointsOfAnswer(q.id, answers[q.id])), 0);
const shareOf = (answers: Answers): number => impactOf(answers) / IMPACT_MAX;
const [LIMIT_I, LIMIT_II, LIMIT_III] = policy.tierThresholds;
const bandOf = (share: number): Tier => (share <= LIMIT_I ? 1 : share <= LIMIT_II ? 2 : share <= LIMIT_III ? 3 : 4);

/** Every answer the lowest-scoring option (and "no" to every mitigation). */
const LOWEST: Answers = {
  profile_data_sources: 'Bus stop boarding counts from the Seoul open data portal',
  pi_people_affected: 'under_1k',
  fa_effect_on_entitlements: 'no',
  fa_bias_tested: 'no',
  tr_explainability: 'fully',
  tr_ai_notice: 'no',
  ac_reversibility: 'easily',
  ac_human_override: 'no',
  sa_failure_harm: 'minor',
  sa_data_kinds: ['public'],
  sa_fallback: 'no',
};
const ALL_MITIGATIONS: Answers = { fa_bias_tested: 'yes', tr_ai_notice: 'yes', ac_human_override: 'yes', sa_fallback: 'yes' };
const answersWith = (...overrides: Answers[]): Answers => Object.assign({}, LOWEST, ...overrides);

// Answer sets chosen to land at the edges of each tier band.
const IMPACT_6: Answers = {
  pi_people_affected: 'under_100k',
  fa_effect_on_entitlements: 'indirectly',
  tr_explainability: 'partly',
};
const IMPACT_7: Answers = { ...IMPACT_6, sa_data_kinds: ['public', 'location'] };
const IMPACT_12: Answers = {
  pi_people_affected: 'over_100k',
  fa_effect_on_entitlements: 'directly',
  tr_explainability: 'no',
  sa_data_kinds: ['location'],
};
const IMPACT_13: Answers = {
  pi_people_affected: 'over_100k',
  fa_effect_on_entitlements: 'directly',
  tr_explainability: 'no',
  ac_reversibility: 'with_effort',
};
const IMPACT_14: Answers = { ...IMPACT_13, sa_data_kinds: ['location'] };
const IMPACT_18: Answers = {
  pi_people_affected: 'over_100k',
  fa_effect_on_entitlements: 'directly',
  tr_explainability: 'no',
  ac_reversibility: 'irreversible',
  sa_failure_harm: 'moderate',
  sa_data_kinds: ['location'],
};
const IMPACT_19: Answers = {
  pi_people_affected: 'over_100k',
  fa_effect_on_entitlements: 'directly',
  tr_explainability: 'no',
  ac_reversibility: 'irreversible',
  sa_failure_harm: 'severe',
};
const HIGHEST: Answers = { ...IMPACT_19, sa_data_kinds: ['public', 'personal', 'sensitive', 'location'] };

const PLAIN: AssessmentProfile = {
  automation: 'advisory',
  highImpactArea: null,
  personalData: false,
  affectsVulnerableGroups: false,
};
const profileWith = (overrides: Partial<AssessmentProfile>): AssessmentProfile => ({ ...PLAIN, ...overrides });

describe('assess: tiers from the impact score (policy 2026.1)', () => {
  it('a system answered with the lowest option everywhere is tier I with impact 0', () => {
    const { tier, scores } = assess(policy, PLAIN, LOWEST);
    expect(tier).toBe(1);
    expect(scores.impact).toBe(0);
    expect(scores.impactMax).toBe(IMPACT_MAX);
    expect(scores.final).toBe(0);
    expect(scores.reasons).toEqual([
      expect.objectContaining({ code: 'tier_from_impact', params: expect.objectContaining({ tier: 1 }) }),
    ]);
    expect(inEnglish(scores.reasons)).toEqual([expect.stringMatching(/gives tier I \(low\)$/)]);
  });

  it.each([
    ['I (just under 25%)', IMPACT_6, 1],
    ['II (just over 25%)', IMPACT_7, 2],
    ['II (just under 50%)', IMPACT_12, 2],
    ['III (just over 50%)', IMPACT_13, 3],
    ['III (just under 75%)', IMPACT_18, 3],
    ['IV (just over 75%)', IMPACT_19, 4],
    ['IV (every highest option)', HIGHEST, 4],
  ] as const)('answers scoring in band %s give that tier', (_band, overrides, expected) => {
    const answers = answersWith(overrides);
    const share = shareOf(answers);
    // The answers were picked for this band; check that against the policy's thresholds first.
    expect(bandOf(share)).toBe(expected);

    const { tier, scores } = assess(policy, PLAIN, answers);
    expect(scores.impact).toBe(impactOf(answers));
    expect(scores.final).toBeCloseTo(share, 10);
    expect(tier).toBe(expected);
  });

  it('the maximum impact counts the best single option and every option of a multi-choice question', () => {
    const { scores } = assess(policy, PLAIN, LOWEST);
    const dataKinds = question('sa_data_kinds');
    expect(dataKinds.kind).toBe('multi');
    const singleMax = impactQuestions
      .filter((q) => q.kind === 'single')
      .reduce((s, q) => s + Math.max(...q.options.map((o) => o.points)), 0);
    expect(scores.impactMax).toBe(singleMax + dataKinds.options.reduce((s, o) => s + o.points, 0));
    expect(scores.mitigationMax).toBe(MITIGATION_MAX);
  });

  it('a single-choice answer scores the points of its option', () => {
    const { scores } = assess(policy, PLAIN, answersWith({ pi_people_affected: 'over_100k' }));
    expect(optionPoints('pi_people_affected', 'over_100k')).toBeGreaterThan(0);
    expect(scores.impact).toBe(optionPoints('pi_people_affected', 'over_100k'));
    expect(scores.byPrinciple.public_interest).toBe(optionPoints('pi_people_affected', 'over_100k'));
  });

  it('a multi-choice answer scores the sum of its chosen options', () => {
    const chosen = ['personal', 'sensitive', 'location'];
    const expected = chosen.reduce((s, o) => s + optionPoints('sa_data_kinds', o), 0);
    const { scores } = assess(policy, PLAIN, answersWith({ sa_data_kinds: chosen }));
    expect(expected).toBeGreaterThan(Math.max(...chosen.map((o) => optionPoints('sa_data_kinds', o))));
    expect(scores.impact).toBe(expected);
    expect(scores.byPrinciple.safety).toBe(expected);
  });

  it('the first reason states the impact, its maximum, the share and the tier', () => {
    const answers = answersWith(IMPACT_13);
    const { scores } = assess(policy, PLAIN, answers);
    const pct = `${Math.round(shareOf(answers) * 1000) / 10}%`;
    expect(inEnglish(scores.reasons)[0]).toBe(`impact ${impactOf(answers)} of ${IMPACT_MAX} (${pct}) gives tier III (high)`);
  });
});

describe('assess: byPrinciple', () => {
  it('sums the impact points of each principle, leaves out the profile section and mitigation answers', () => {
    const answers = answersWith(IMPACT_18, ALL_MITIGATIONS);
    const { scores } = assess(policy, PLAIN, answers);
    const expected: Partial<Record<Principle, number>> = {};
    for (const section of policy.sections) {
      if (section.id === 'profile' || section.id === 'fundamental_rights') continue;
      expected[section.id] = section.questions
        .filter((q) => q.scoring === 'impact')
        .reduce((s, q) => s + pointsOfAnswer(q.id, answers[q.id]), 0);
    }
    expect(scores.byPrinciple).toEqual(expected);
    expect(Object.keys(scores.byPrinciple).sort()).toEqual([...PRINCIPLES].sort());
    expect(scores.byPrinciple).not.toHaveProperty('profile');
    // Safety holds two impact questions; both count.
    expect(scores.byPrinciple.safety).toBe(
      optionPoints('sa_failure_harm', 'moderate') + optionPoints('sa_data_kinds', 'location'),
    );
    const total = Object.values(scores.byPrinciple).reduce((a, b) => a + (b ?? 0), 0);
    expect(total).toBe(scores.impact);
  });
});

describe('assess: mitigation', () => {
  const { share: mitigationShare, reduction } = policy.mitigation;

  it('all mitigations in place (at least 80% of their maximum) lower the share by 15% and the tier by one', () => {
    const answers = answersWith(IMPACT_19, ALL_MITIGATIONS);
    const share = shareOf(answers);
    expect(bandOf(share)).toBe(4);
    expect(bandOf(share * (1 - reduction))).toBe(3);

    const { tier, scores } = assess(policy, PLAIN, answers);
    expect(scores.mitigation).toBe(MITIGATION_MAX);
    expect(scores.final).toBeCloseTo(share * (1 - reduction), 10);
    expect(tier).toBe(3);
    expect(inEnglish(scores.reasons)[1]).toMatch(
      new RegExp(
        `^mitigation ${MITIGATION_MAX} of ${MITIGATION_MAX} reaches 80%: score lowered by 15% to .*, tier III \\(high\\)$`,
      ),
    );
  });

  it.each([
    ['II to I', IMPACT_7, 2, 1],
    ['III to II', IMPACT_13, 3, 2],
  ] as const)('lowers %s when the reduced share falls into the band below', (_what, overrides, raw, lowered) => {
    const answers = answersWith(overrides, ALL_MITIGATIONS);
    expect(bandOf(shareOf(answers))).toBe(raw);
    expect(bandOf(shareOf(answers) * (1 - reduction))).toBe(lowered);
    expect(assess(policy, PLAIN, answers).tier).toBe(lowered);
  });

  it('keeps the tier when the 15% reduction does not leave the band (every highest option stays IV)', () => {
    const answers = answersWith(HIGHEST, ALL_MITIGATIONS);
    expect(bandOf(shareOf(answers) * (1 - reduction))).toBe(4);
    const { tier, scores } = assess(policy, PLAIN, answers);
    expect(scores.final).toBeCloseTo(shareOf(answers) * (1 - reduction), 10);
    expect(tier).toBe(4);
  });

  it('keeps tier II when the reduced share is still above 25%', () => {
    const answers = answersWith(IMPACT_12, ALL_MITIGATIONS);
    expect(bandOf(shareOf(answers) * (1 - reduction))).toBe(2);
    expect(assess(policy, PLAIN, answers).tier).toBe(2);
  });

  it('never lowers the tier by more than one, even if the reduced share would land two bands lower', () => {
    // With the real 15% no share can fall two bands (a band is 25% wide), so this uses the real policy
    // with a hypothetical 60% reduction to exercise the one-tier limit.
    const harsher = { ...policy, mitigation: { ...policy.mitigation, reduction: 0.6 } };
    const answers = answersWith(IMPACT_19, ALL_MITIGATIONS);
    expect(bandOf(shareOf(answers) * (1 - 0.6))).toBe(2);
    const { tier, scores } = assess(harsher, PLAIN, answers);
    expect(scores.final).toBeCloseTo(shareOf(answers) * 0.4, 10);
    expect(tier).toBe(3);
  });

  it('three of four mitigations (75%, under 80%) do not reduce the score', () => {
    const { ac_human_override: _left, ...three } = ALL_MITIGATIONS;
    const answers = answersWith(IMPACT_19, three);
    const { tier, scores } = assess(policy, PLAIN, answers);
    expect(scores.mitigation / scores.mitigationMax).toBeLessThan(mitigationShare);
    expect(scores.final).toBeCloseTo(shareOf(answers), 10);
    expect(tier).toBe(4);
    expect(scores.reasons).toHaveLength(1);
  });
});

describe('assess: floors', () => {
  it('a high-impact area of the AI Basic Act gives at least tier III, and the reason names it', () => {
    const { tier, scores } = assess(policy, profileWith({ highImpactArea: 'transport' }), LOWEST);
    expect(tier).toBe(3);
    expect(inEnglish(scores.reasons)).toContainEqual(expect.stringContaining('high-impact area'));
    expect(inEnglish(scores.reasons)).toContainEqual(expect.stringContaining('Transport'));
    expect(inEnglish(scores.reasons)).toContainEqual(expect.stringMatching(/^tier III \(high\): .* sets the floor$/));
    expect(render('ko', scores.reasons.at(-1)!)).toBe("AI 기본법의 고영향 영역 '교통'이므로 최저 등급 III (높음)");
  });

  it('a high-impact area does not lower a tier IV score', () => {
    expect(assess(policy, profileWith({ highImpactArea: 'energy' }), answersWith(HIGHEST)).tier).toBe(4);
  });

  it('an area id that is not in the policy sets no floor', () => {
    const { tier, scores } = assess(policy, profileWith({ highImpactArea: 'space_travel' }), LOWEST);
    expect(tier).toBe(1);
    expect(scores.reasons).toHaveLength(1);
  });

  it('public-service eligibility or fee decisions decided fully automatically is tier IV', () => {
    const { tier, scores } = assess(
      policy,
      profileWith({ highImpactArea: 'public_service_eligibility', automation: 'fully_automated' }),
      LOWEST,
    );
    expect(tier).toBe(4);
    expect(inEnglish(scores.reasons)).toContainEqual(
      expect.stringMatching(/public-service eligibility or fee decisions decided fully automatically/i),
    );
  });

  it.each(['advisory', 'human_in_the_loop'] as const)(
    'public-service eligibility with automation %s is tier III, not IV',
    (automation) => {
      const profile = profileWith({ highImpactArea: 'public_service_eligibility', automation });
      expect(assess(policy, profile, LOWEST).tier).toBe(3);
    },
  );

  it('full automation outside public-service eligibility sets no floor', () => {
    expect(assess(policy, profileWith({ automation: 'fully_automated' }), LOWEST).tier).toBe(1);
  });

  it('personal data with vulnerable groups affected gives at least tier II', () => {
    const { tier, scores } = assess(policy, profileWith({ personalData: true, affectsVulnerableGroups: true }), LOWEST);
    expect(tier).toBe(2);
    expect(inEnglish(scores.reasons)).toContainEqual(expect.stringContaining('personal data with vulnerable groups'));
  });

  it.each([
    ['personal data alone', { personalData: true }],
    ['vulnerable groups alone', { affectsVulnerableGroups: true }],
  ] as const)('%s sets no floor', (_what, overrides) => {
    expect(assess(policy, profileWith(overrides), LOWEST).tier).toBe(1);
  });

  it('the personal-data floor does not lower a higher score', () => {
    const profile = profileWith({ personalData: true, affectsVulnerableGroups: true });
    expect(assess(policy, profile, answersWith(IMPACT_13)).tier).toBe(3);
  });

  describe('mitigation never lowers below a floor', () => {
    it('high-impact area: a raw III mitigated to II stays III', () => {
      const answers = answersWith(IMPACT_14, ALL_MITIGATIONS);
      expect(assess(policy, PLAIN, answers).tier).toBe(2);
      const { tier, scores } = assess(policy, profileWith({ highImpactArea: 'health_care' }), answers);
      expect(tier).toBe(3);
      expect(scores.reasons).toHaveLength(3);
    });

    it('fully automated public-service eligibility: a raw IV mitigated to III stays IV', () => {
      const answers = answersWith(IMPACT_19, ALL_MITIGATIONS);
      expect(assess(policy, PLAIN, answers).tier).toBe(3);
      const profile = profileWith({ highImpactArea: 'public_service_eligibility', automation: 'fully_automated' });
      expect(assess(policy, profile, answers).tier).toBe(4);
    });

    it('personal data with vulnerable groups: a raw II mitigated to I stays II', () => {
      const answers = answersWith(IMPACT_7, ALL_MITIGATIONS);
      expect(assess(policy, PLAIN, answers).tier).toBe(1);
      const profile = profileWith({ personalData: true, affectsVulnerableGroups: true });
      expect(assess(policy, profile, answers).tier).toBe(2);
    });
  });
});

/** The problem expected of one answer: its field is `answers.<questionId>`, which also fills `{field}`. */
const answerProblem = (questionId: string, code: string, params: object = {}) => {
  const field = `answers.${questionId}`;
  return { questionId, field, code, params: { ...params, field } };
};

describe('answerProblems', () => {
  const namesItsField = (problems: { questionId: string; field: string }[]) => {
    for (const p of problems) expect(p.field).toBe(`answers.${p.questionId}`);
  };

  it('a complete, valid set of answers has no problems', () => {
    expect(answerProblems(policy, answersWith(HIGHEST, ALL_MITIGATIONS), { requireAll: true })).toEqual([]);
    expect(answerProblems(policy, LOWEST, { requireAll: true })).toEqual([]);
  });

  it('an answer to a question the policy does not have is a problem naming it', () => {
    const problems = answerProblems(policy, { pi_budget: 'large' }, { requireAll: false });
    expect(problems).toEqual([answerProblem('pi_budget', 'answer_not_a_question', { policy: '2026.1' })]);
  });

  it('a single-choice option that is not one of the question is a problem listing the valid options', () => {
    const problems = answerProblems(policy, { pi_people_affected: 'over_1m' }, { requireAll: false });
    expect(problems).toEqual([
      answerProblem('pi_people_affected', 'field_not_one_of', { values: ['under_1k', 'under_100k', 'over_100k'] }),
    ]);
  });

  it('an option of another question is not accepted', () => {
    // 'severe' belongs to sa_failure_harm, not to ac_reversibility.
    const problems = answerProblems(policy, { ac_reversibility: 'severe' }, { requireAll: false });
    expect(problems).toHaveLength(1);
    expect(problems[0].questionId).toBe('ac_reversibility');
  });

  it('a single-choice question given a list is a problem', () => {
    const problems = answerProblems(policy, { pi_people_affected: ['under_1k'] }, { requireAll: false });
    expect(problems.map((p) => p.questionId)).toEqual(['pi_people_affected']);
  });

  it.each([
    ['repeats an option', ['personal', 'personal']],
    ['is not a list', 'personal'],
    ['has an option not of the question', ['personal', 'genome']],
  ] as const)('a multi-choice answer that %s is a problem', (_what, answer) => {
    const problems = answerProblems(policy, { sa_data_kinds: answer as string | string[] }, { requireAll: false });
    expect(problems).toEqual([
      answerProblem('sa_data_kinds', 'field_not_distinct_options', { values: ['public', 'personal', 'sensitive', 'location'] }),
    ]);
  });

  it('a text question given a list is a problem', () => {
    const problems = answerProblems(policy, { profile_data_sources: ['open data'] }, { requireAll: false });
    expect(problems).toEqual([answerProblem('profile_data_sources', 'field_not_text')]);
  });

  it('a text answer is bounded, and a flood of unknown questions gets a short list of problems', () => {
    const long = answerProblems(policy, { profile_data_sources: 'x'.repeat(4001) }, { requireAll: false });
    expect(long).toEqual([answerProblem('profile_data_sources', 'field_too_long', { max: 4000 })]);
    expect(answerProblems(policy, { profile_data_sources: 'x'.repeat(4000) }, { requireAll: false })).toEqual([]);
    const flood = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`q${i}`.padEnd(200, 'x'), 'a']));
    const problems = answerProblems(policy, flood, { requireAll: false });
    expect(problems).toHaveLength(20);
    expect(problems[0]).toMatchObject({ field: expect.stringMatching(/^answers\.q0x{78}…$/), code: 'answer_not_a_question' });
  });

  it('with requireAll, every unanswered required question is a problem', () => {
    const { fa_bias_tested: _a, sa_data_kinds: _b, ...partial } = LOWEST;
    const problems = answerProblems(policy, partial, { requireAll: true });
    expect(problems).toEqual([
      answerProblem('fa_bias_tested', 'field_required'),
      answerProblem('sa_data_kinds', 'field_required'),
    ]);
  });

  it('with requireAll, a blank text and an empty list count as unanswered', () => {
    const problems = answerProblems(policy, answersWith({ profile_data_sources: '   ', sa_data_kinds: [] }), {
      requireAll: true,
    });
    expect(problems.map((p) => `${p.field} ${p.code}`).sort()).toEqual([
      'answers.profile_data_sources field_required',
      'answers.sa_data_kinds field_required',
    ]);
  });

  it('with requireAll, an empty set of answers names every required question once', () => {
    const problems = answerProblems(policy, {}, { requireAll: true });
    const required = questions.filter((q) => q.required).map((q) => q.id);
    expect(required.length).toBeGreaterThan(0);
    expect(problems.map((p) => p.questionId)).toEqual(required);
    namesItsField(problems);
  });

  it('without requireAll, missing answers are not problems (a draft may be partial)', () => {
    expect(answerProblems(policy, {}, { requireAll: false })).toEqual([]);
    expect(answerProblems(policy, { pi_people_affected: 'under_1k' }, { requireAll: false })).toEqual([]);
  });

  it('reports every problem at once, each naming its answers.<questionId>', () => {
    const problems = answerProblems(
      policy,
      { pi_budget: 'x', pi_people_affected: 'lots', sa_data_kinds: 'public', profile_data_sources: ['a'] },
      { requireAll: false },
    );
    expect(problems.map((p) => p.questionId).sort()).toEqual([
      'pi_budget',
      'pi_people_affected',
      'profile_data_sources',
      'sa_data_kinds',
    ]);
    namesItsField(problems);
  });
});

describe('questions required from a tier on (the fundamental-rights items)', () => {
  const withRightsItem: Policy = {
    ...policy,
    sections: [
      ...policy.sections,
      {
        id: 'fundamental_rights',
        title: { ko: '기본권 영향평가', en: 'Fundamental-rights impact assessment' },
        questions: [
          {
            id: 'fr_rights_affected',
            text: { ko: '영향을 받는 기본권', en: 'Rights affected' },
            kind: 'text',
            required: true,
            scoring: 'profile',
            concerns: ['citizens_rights'],
            options: [],
            requiredFromTier: 3,
          },
        ],
      },
    ],
  };

  it('is not required below its tier, and is named as required from it on', () => {
    expect(answerProblems(withRightsItem, LOWEST, { requireAll: true, tier: 2 })).toEqual([]);
    expect(answerProblems(withRightsItem, LOWEST, { requireAll: true, tier: 3 })).toEqual([
      answerProblem('fr_rights_affected', 'answer_required_from_tier', { tier: 3 }),
    ]);
  });

  it('a submission is checked against the tier its own answers give', () => {
    expect(submissionProblems(withRightsItem, PLAIN, LOWEST)).toEqual([]);
    const floored = { ...PLAIN, highImpactArea: 'health_care' };
    expect(submissionProblems(withRightsItem, floored, LOWEST).map((p) => p.questionId)).toEqual(['fr_rights_affected']);
    expect(submissionProblems(withRightsItem, floored, { ...LOWEST, fr_rights_affected: 'Right to health care' })).toEqual([]);
  });
});

describe('worked examples at the exact boundaries', () => {
  // A policy whose points make the boundaries exact: impact out of 20, mitigation out of 10.
  const choice = (id: string, scoring: 'impact' | 'mitigation', points: number[]): Question => ({
    id,
    text: { ko: id, en: id },
    kind: 'single',
    required: true,
    scoring,
    concerns: ['reliability'],
    options: points.map((p) => ({ id: `p${p}`, label: { ko: `${p}`, en: `${p}` }, points: p })),
  });
  const exact: Policy = {
    ...policy,
    version: 'exact',
    sections: [
      {
        id: 'safety',
        title: { ko: '안전성', en: 'Safety' },
        questions: [choice('impact_a', 'impact', [0, 1, 5, 10]), choice('impact_b', 'impact', [0, 1, 10])],
      },
      {
        id: 'accountability',
        title: { ko: '책임성', en: 'Accountability' },
        questions: [choice('mitigation_a', 'mitigation', [0, 7, 8, 10])],
      },
    ],
  };
  const tierOf = (impactA: number, impactB: number, mitigation = 0) =>
    assess(exact, PLAIN, { impact_a: `p${impactA}`, impact_b: `p${impactB}`, mitigation_a: `p${mitigation}` }).tier;

  it('exactly 25% is tier I, just above is II; exactly 50% is II, exactly 75% III, above IV', () => {
    expect(tierOf(5, 0)).toBe(1); // 5 of 20 = 25%
    expect(tierOf(5, 1)).toBe(2); // 30%
    expect(tierOf(10, 0)).toBe(2); // 50%
    expect(tierOf(5, 10)).toBe(3); // 75%
    expect(tierOf(10, 10)).toBe(4); // 100%
  });

  it('mitigation at exactly 80% lowers the share by 15%; just below it does nothing', () => {
    const at = assess(exact, PLAIN, { impact_a: 'p1', impact_b: 'p10', mitigation_a: 'p8' }); // 55% → 46.75%
    expect(at.tier).toBe(2);
    expect(at.scores.final).toBeCloseTo(0.4675);
    const below = assess(exact, PLAIN, { impact_a: 'p1', impact_b: 'p10', mitigation_a: 'p7' });
    expect(below.tier).toBe(3);
    expect(below.scores.final).toBeCloseTo(0.55);
  });

  it('the one-tier limit: a reduction never drops more than one tier', () => {
    const floorless: Policy = { ...exact, mitigation: { share: 0.8, reduction: 0.9 } }; // an extreme cut
    const result = assess(floorless, PLAIN, { impact_a: 'p10', impact_b: 'p10', mitigation_a: 'p10' }); // 100% → 10%
    expect(result.tier).toBe(3);
  });

  it('the floors are data of the policy: another version may set them otherwise', () => {
    const stricter: Policy = { ...exact, floors: { ...exact.floors, highImpactArea: 4 } };
    const { tier, scores } = assess(
      stricter,
      { ...PLAIN, highImpactArea: 'transport' },
      { impact_a: 'p0', impact_b: 'p0', mitigation_a: 'p0' },
    );
    expect(tier).toBe(4);
    expect(inEnglish(scores.reasons).at(-1)).toBe(
      "tier IV (very high): high-impact area 'Transport' of the AI Basic Act sets the floor",
    );
  });

  it('each floor beats mitigation', () => {
    const mitigated = { impact_a: 'p1', impact_b: 'p0', mitigation_a: 'p10' }; // 5%, tier I
    expect(assess(exact, { ...PLAIN, highImpactArea: 'transport' }, mitigated).tier).toBe(3);
    expect(
      assess(exact, { ...PLAIN, highImpactArea: 'public_service_eligibility', automation: 'fully_automated' }, mitigated).tier,
    ).toBe(4);
    expect(assess(exact, { ...PLAIN, personalData: true, affectsVulnerableGroups: true }, mitigated).tier).toBe(2);
  });
});
