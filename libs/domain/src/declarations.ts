// What a proposal declares beside its answers, checked against its pinned policy: the high-impact area is one
// of the policy's, and the flags the floors read (personal data, vulnerable groups, automation) agree with the
// answers that say the same thing (the policy's flagsFromAnswers). A contradiction is refused, not mended:
// nothing the department wrote changes behind its back, and no flag declared against the answers escapes a
// floor (docs/policy.md, "What a proposal declares").
import { answerProblems, type AssessmentProfile, assess, submissionProblems } from './assessment.js';
import type { Answers, FlagRule, Policy } from './policy/index.js';
import { type FieldProblem, fieldProblem, MAX_FIELD_PROBLEMS } from './texts/index.js';

/** The fields of a proposal that the policy checks beside its answers. */
export type Declared = AssessmentProfile & { overseerContact?: string | null };

/** The tier from which a proposal must name whom citizens ask (the register publishes it). */
const CONTACT_REQUIRED_FROM_TIER = 3;

const chosen = (answer: Answers[string] | undefined): string[] | undefined => {
  if (typeof answer === 'string') return answer.trim() === '' ? undefined : [answer];
  return Array.isArray(answer) && answer.length > 0 ? answer : undefined;
};

const flagOf = (rule: FlagRule, answers: Answers): boolean | undefined =>
  chosen(answers[rule.question])?.some((option) => rule.whenAnyOf.includes(option));

/** The flags the answers settle (a question left unanswered settles nothing yet). */
export function flagsImpliedBy(policy: Policy, answers: Answers): Partial<AssessmentProfile> {
  const rules = policy.flagsFromAnswers ?? {};
  const implied: Partial<AssessmentProfile> = {};
  const personalData = rules.personalData && flagOf(rules.personalData, answers);
  const vulnerable = rules.affectsVulnerableGroups && flagOf(rules.affectsVulnerableGroups, answers);
  const automation = rules.automation && answers[rules.automation.question];
  if (personalData !== undefined) implied.personalData = personalData;
  if (vulnerable !== undefined) implied.affectsVulnerableGroups = vulnerable;
  if (typeof automation === 'string' && automation !== '') implied.automation = automation as AssessmentProfile['automation'];
  return implied;
}

/**
 * The declared fields the policy refuses: a high-impact area it does not name, a flag that contradicts the
 * answers (each problem names the flag, and the answer in `answer`).
 */
export function declarationProblems(policy: Policy, declared: AssessmentProfile, answers: Answers): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const areas = policy.highImpactAreas.map((a) => a.id);
  if (declared.highImpactArea != null && !areas.includes(declared.highImpactArea))
    problems.push(fieldProblem('highImpactArea', 'field_not_one_of', { values: areas }));
  const rules = policy.flagsFromAnswers ?? {};
  const implied = flagsImpliedBy(policy, answers);
  for (const flag of ['personalData', 'affectsVulnerableGroups'] as const) {
    const rule = rules[flag];
    if (!rule || implied[flag] === undefined || implied[flag] === declared[flag]) continue;
    const answer = `answers.${rule.question}`;
    problems.push(
      implied[flag]
        ? fieldProblem(flag, 'flag_required_by_answer', { answer })
        : fieldProblem(flag, 'flag_denied_by_answer', { answer }),
    );
  }
  if (rules.automation && implied.automation !== undefined && implied.automation !== declared.automation) {
    const answer = `answers.${rules.automation.question}`;
    problems.push(fieldProblem('automation', 'automation_differs_from_answer', { answer, expected: implied.automation }));
  }
  return problems;
}

/** From CONTACT_REQUIRED_FROM_TIER on, a submission names whom citizens ask. */
export function contactProblems(tier: number, overseerContact: string | null | undefined): FieldProblem[] {
  if (tier < CONTACT_REQUIRED_FROM_TIER || overseerContact?.trim()) return [];
  return [fieldProblem('overseerContact', 'contact_required_from_tier', { tier: CONTACT_REQUIRED_FROM_TIER })];
}

/**
 * Everything the pinned policy refuses of a proposal as a request would leave it: the answers the request
 * sent (`sent`), then what it declares against all its answers (`answers`); with `submitting`, also what its
 * tier requires (the answers required from a tier on, and from tier III a contact). Create, PATCH, the
 * preview, submit and revisions all check through here.
 */
export function proposalProblems(
  policy: Policy,
  { sent, answers, declared, submitting = false }: { sent?: Answers; answers: Answers; declared: Declared; submitting?: boolean },
): FieldProblem[] {
  const sentProblems = sent ? answerProblems(policy, sent, { requireAll: false }) : [];
  if (sentProblems.length > 0) return sentProblems;
  // Stored answers were checked as they were written: only a submission checks them again, as a whole.
  const problems: FieldProblem[] = submitting ? submissionProblems(policy, declared, answers) : [];
  problems.push(...declarationProblems(policy, declared, answers));
  if (submitting && problems.length === 0)
    problems.push(...contactProblems(assess(policy, declared, answers).tier, declared.overseerContact));
  return problems.slice(0, MAX_FIELD_PROBLEMS);
}
