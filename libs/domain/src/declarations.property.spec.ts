// A proposal's declared flags against its answers: whatever a body says, none that contradicts its answers is
// accepted, so none escapes a floor its answers call for (issue 17).
import fc from 'fast-check';
import { type AssessmentProfile, assess, AUTOMATION_LEVELS } from './assessment.js';
import { declarationProblems, flagsImpliedBy, proposalProblems } from './declarations.js';
import { type Answers, policyFor, type Question } from './policy/index.js';

const policy = policyFor('2026.2');
const questions = policy.sections.flatMap((s) => s.questions).filter((q) => q.kind !== 'text');

const answerFor = (q: Question): fc.Arbitrary<string | string[]> =>
  q.kind === 'single'
    ? fc.constantFrom(...q.options.map((o) => o.id))
    : fc.subarray(
        q.options.map((o) => o.id),
        { minLength: 1 },
      );

const answersArb: fc.Arbitrary<Answers> = fc.record(Object.fromEntries(questions.map((q) => [q.id, answerFor(q)])));
const bodyArb: fc.Arbitrary<AssessmentProfile> = fc.record({
  automation: fc.constantFrom(...AUTOMATION_LEVELS),
  highImpactArea: fc.constantFrom(null, ...policy.highImpactAreas.map((a) => a.id)),
  personalData: fc.boolean(),
  affectsVulnerableGroups: fc.boolean(),
});

/** The floors a profile calls for, as assess applies them. */
function floorOf(profile: AssessmentProfile): number {
  const { floors } = policy;
  let floor = 1;
  if (profile.highImpactArea) floor = Math.max(floor, floors.highImpactArea);
  if (
    profile.highImpactArea &&
    floors.fullyAutomated.areas.includes(profile.highImpactArea) &&
    profile.automation === 'fully_automated'
  )
    floor = Math.max(floor, floors.fullyAutomated.tier);
  if (profile.personalData && profile.affectsVulnerableGroups) floor = Math.max(floor, floors.personalDataWithVulnerableGroups);
  return floor;
}

it('accepts no body that contradicts its answers, so every accepted one meets the floors its answers call for', () => {
  fc.assert(
    fc.property(answersArb, bodyArb, (answers, body) => {
      const truth = { ...body, ...flagsImpliedBy(policy, answers) };
      const accepted = declarationProblems(policy, body, answers).length === 0;
      const contradicts = (['automation', 'personalData', 'affectsVulnerableGroups'] as const).some((f) => body[f] !== truth[f]);
      expect(accepted).toBe(!contradicts);
      if (accepted) expect(assess(policy, body, answers).tier).toBeGreaterThanOrEqual(floorOf(truth));
    }),
    { numRuns: 1000 },
  );
});

it('refuses every high-impact area the policy does not name, however close to one', () => {
  const areas = policy.highImpactAreas.map((a) => a.id);
  fc.assert(
    fc.property(fc.string({ maxLength: 50 }), bodyArb, (area, body) => {
      fc.pre(!areas.includes(area));
      const problems = declarationProblems(policy, { ...body, highImpactArea: area }, {});
      expect(problems).toContainEqual(expect.objectContaining({ field: 'highImpactArea', code: 'field_not_one_of' }));
    }),
    { numRuns: 300 },
  );
  for (const near of ['Public_Service_Eligibility', 'health care', ' health_care'])
    expect(declarationProblems(policy, { ...fc.sample(bodyArb, 1)[0], highImpactArea: near }, {})).not.toEqual([]);
});

it('a submission passes only with the flags its answers give', () => {
  fc.assert(
    fc.property(answersArb, bodyArb, (answers, body) => {
      const implied = flagsImpliedBy(policy, answers);
      const declared = { ...body, ...implied, overseerContact: '복지정책과 02-2133-0000' };
      const texts = Object.fromEntries(
        policy.sections.flatMap((s) => s.questions.filter((q) => q.kind === 'text').map((q) => [q.id, 'described'])),
      );
      expect(proposalProblems(policy, { answers: { ...answers, ...texts }, declared, submitting: true })).toEqual([]);
    }),
    { numRuns: 300 },
  );
});
