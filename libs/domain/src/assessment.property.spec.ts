// Properties of the scoring that no worked example can cover alone.
import fc from 'fast-check';
import { type AssessmentProfile, assess } from './assessment.js';
import { type Answers, policyFor, type Question } from './policy/index.js';

const policy = policyFor('2026.1');
const questions = policy.sections.flatMap((s) => s.questions).filter((q) => q.kind !== 'text');
const impactSingles = questions.filter((q) => q.scoring === 'impact' && q.kind === 'single');

const answerFor = (q: Question): fc.Arbitrary<string | string[]> =>
  q.kind === 'single' ? fc.constantFrom(...q.options.map((o) => o.id)) : fc.subarray(q.options.map((o) => o.id));

const answersArb: fc.Arbitrary<Answers> = fc.record(Object.fromEntries(questions.map((q) => [q.id, answerFor(q)])));
const profileArb: fc.Arbitrary<AssessmentProfile> = fc.record({
  automation: fc.constantFrom('advisory', 'human_in_the_loop', 'fully_automated'),
  highImpactArea: fc.constantFrom(null, ...policy.highImpactAreas.map((a) => a.id)),
  personalData: fc.boolean(),
  affectsVulnerableGroups: fc.boolean(),
});

it('raising any impact answer to an option with more points never lowers the tier', () => {
  fc.assert(
    fc.property(answersArb, profileArb, fc.constantFrom(...impactSingles), (answers, profile, question) => {
      const current = question.options.find((o) => o.id === answers[question.id])!;
      const higher = question.options.filter((o) => o.points > current.points);
      const before = assess(policy, profile, answers).tier;
      for (const option of higher) {
        expect(assess(policy, profile, { ...answers, [question.id]: option.id }).tier).toBeGreaterThanOrEqual(before);
      }
    }),
    { numRuns: 500 },
  );
});

it('every tier is at least every floor that applies, whatever the answers and the mitigation', () => {
  fc.assert(
    fc.property(answersArb, profileArb, (answers, profile) => {
      const { tier } = assess(policy, profile, answers);
      if (profile.highImpactArea) expect(tier).toBeGreaterThanOrEqual(3);
      if (profile.highImpactArea === 'public_service_eligibility' && profile.automation === 'fully_automated')
        expect(tier).toBe(4);
      if (profile.personalData && profile.affectsVulnerableGroups) expect(tier).toBeGreaterThanOrEqual(2);
    }),
    { numRuns: 500 },
  );
});
