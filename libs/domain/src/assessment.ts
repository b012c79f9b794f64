// Checking and scoring an impact assessment (DESIGN §3): pure functions over the policy's data.
import { type Answers, type Policy, type Principle, PRINCIPLES, type Question, type Tier } from './policy/index.js';
import { type FieldProblem, fieldProblem, MAX_FIELD_PROBLEMS, type Message, message, shownPath } from './texts/index.js';

export const AUTOMATION_LEVELS = ['advisory', 'human_in_the_loop', 'fully_automated'] as const;

export interface AssessmentProfile {
  automation: (typeof AUTOMATION_LEVELS)[number];
  highImpactArea?: string | null;
  personalData: boolean;
  affectsVulnerableGroups: boolean;
}

/** A problem of one answer: its field is `answers.<questionId>`. */
export type AnswerProblem = FieldProblem & { questionId: string };

export interface Scores {
  impact: number;
  impactMax: number;
  mitigation: number;
  mitigationMax: number;
  /** The impact share of its maximum after any mitigation reduction, 0..1. */
  final: number;
  byPrinciple: Partial<Record<Principle, number>>;
  reasons: Message[];
}

/** A tier reason as records hold it: coded, or an English string in those scored before reasons were. */
export type Reason = Message | string;

/** Scores as stored or recorded in a workflow's history, the older ones with string reasons. */
export type RecordedScores = Omit<Scores, 'reasons'> & { reasons: Reason[] };

/** A reason as a code: a string one as `reason_as_recorded`, its English kept. */
export const codedReason = (reason: Reason): Message =>
  typeof reason === 'string' ? message('reason_as_recorded', { text: reason }) : reason;

export interface Assessment {
  tier: Tier;
  scores: Scores;
}

/** What checking answers needs of a policy: its questions' kinds and option ids, without labels or points. */
export interface AnswerSchema {
  version: string;
  sections: { questions: SchemaQuestion[] }[];
}
type SchemaQuestion = Pick<Question, 'id' | 'kind' | 'required' | 'requiredFromTier'> & { options: { id: string }[] };

export function answerSchemaOf(policy: Policy): AnswerSchema {
  return {
    version: policy.version,
    sections: policy.sections.map((section) => ({
      questions: section.questions.map(({ id, kind, required, requiredFromTier, options }) => ({
        id,
        kind,
        required,
        requiredFromTier,
        options: options.map((o) => ({ id: o.id })),
      })),
    })),
  };
}

const TEXT_ANSWER_MAX_LENGTH = 4000;

/**
 * Unknown questions and options that are not the question's, and with `requireAll` the required answers
 * missing: each a problem naming the question. Questions required from a tier on (the fundamental-rights
 * items, from III) count once `tier` reaches it.
 */
export function answerProblems(
  policy: AnswerSchema,
  answers: Answers,
  { requireAll, tier }: { requireAll: boolean; tier?: Tier },
): AnswerProblem[] {
  const questions = new Map(policy.sections.flatMap((s) => s.questions).map((q) => [q.id, q]));
  const problems: AnswerProblem[] = [];
  for (const [id, answer] of Object.entries(answers)) {
    if (problems.length >= MAX_FIELD_PROBLEMS) break; // a hostile body gets a short answer, not a long one
    const question = questions.get(id);
    const field = `answers.${shownPath(id)}`;
    if (!question) {
      problems.push({ questionId: id, ...fieldProblem(field, 'answer_not_a_question', { policy: policy.version }) });
      continue;
    }
    const problem = answerShapeProblem(field, question, answer);
    if (problem) problems.push({ questionId: id, ...problem });
  }
  if (requireAll) {
    for (const question of questions.values()) {
      const requiredNow = question.requiredFromTier === undefined || (tier !== undefined && tier >= question.requiredFromTier);
      if (question.required && requiredNow && isBlank(answers[question.id])) {
        const field = `answers.${question.id}`;
        const { requiredFromTier: tier } = question;
        const problem = tier
          ? fieldProblem(field, 'answer_required_from_tier', { tier })
          : fieldProblem(field, 'field_required', {});
        problems.push({ questionId: question.id, ...problem });
      }
    }
  }
  return problems;
}

function answerShapeProblem(field: string, question: SchemaQuestion, answer: string | string[]): FieldProblem | null {
  const values = question.options.map((o) => o.id);
  if (question.kind === 'text') {
    if (typeof answer !== 'string') return fieldProblem(field, 'field_not_text', {});
    return answer.length > TEXT_ANSWER_MAX_LENGTH ? fieldProblem(field, 'field_too_long', { max: TEXT_ANSWER_MAX_LENGTH }) : null;
  }
  if (question.kind === 'single') {
    return typeof answer === 'string' && values.includes(answer) ? null : fieldProblem(field, 'field_not_one_of', { values });
  }
  const valid = Array.isArray(answer) && answer.every((a) => values.includes(a)) && new Set(answer).size === answer.length;
  return valid ? null : fieldProblem(field, 'field_not_distinct_options', { values });
}

const isBlank = (answer: string | string[] | undefined): boolean =>
  answer === undefined || (typeof answer === 'string' ? answer.trim() === '' : answer.length === 0);

function pointsOf(question: Question, answer: string | string[] | undefined): number {
  const chosen = answer === undefined ? [] : Array.isArray(answer) ? answer : [answer];
  return question.options.filter((o) => chosen.includes(o.id)).reduce((sum, o) => sum + o.points, 0);
}

function maxPointsOf(question: Question): number {
  const points = question.options.map((o) => o.points);
  if (points.length === 0) return 0;
  return question.kind === 'multi' ? points.reduce((a, b) => a + b, 0) : Math.max(...points);
}

function tierForShare(policy: Policy, share: number): Tier {
  const index = policy.tierThresholds.findIndex((limit) => share <= limit);
  return (index === -1 ? 4 : index + 1) as Tier;
}

const isPrinciple = (id: string): id is Principle => (PRINCIPLES as readonly string[]).includes(id);

/** A share as a percentage to one decimal. */
const percent = (share: number): number => Math.round(share * 1000) / 10;

/** What stops a submission: every problem of the answers, the tier-dependent requirements included. */
export function submissionProblems(policy: Policy, profile: AssessmentProfile, answers: Answers): AnswerProblem[] {
  const shapeProblems = answerProblems(policy, answers, { requireAll: false });
  if (shapeProblems.length > 0) return shapeProblems;
  return answerProblems(policy, answers, { requireAll: true, tier: assess(policy, profile, answers).tier });
}

/** The tier and its reasons, following Canada's Algorithmic Impact Assessment and the floors of DESIGN §3. */
export function assess(policy: Policy, profile: AssessmentProfile, answers: Answers): Assessment {
  let impact = 0;
  let impactMax = 0;
  let mitigation = 0;
  let mitigationMax = 0;
  const byPrinciple: Partial<Record<Principle, number>> = {};
  for (const section of policy.sections) {
    for (const question of section.questions) {
      const points = pointsOf(question, answers[question.id]);
      if (question.scoring === 'impact') {
        impact += points;
        impactMax += maxPointsOf(question);
        if (isPrinciple(section.id)) byPrinciple[section.id] = (byPrinciple[section.id] ?? 0) + points;
      } else if (question.scoring === 'mitigation') {
        mitigation += points;
        mitigationMax += maxPointsOf(question);
      }
    }
  }

  const share = impactMax === 0 ? 0 : impact / impactMax;
  const rawTier = tierForShare(policy, share);
  const reasons: Message[] = [message('tier_from_impact', { impact, impactMax, share: percent(share), tier: rawTier })];
  let final = share;
  let tier = rawTier;
  if (mitigationMax > 0 && mitigation >= policy.mitigation.share * mitigationMax) {
    final = share * (1 - policy.mitigation.reduction);
    tier = Math.max(tierForShare(policy, final), rawTier - 1) as Tier;
    reasons.push(
      message('tier_lowered_by_mitigation', {
        mitigation,
        mitigationMax,
        threshold: percent(policy.mitigation.share),
        reduction: percent(policy.mitigation.reduction),
        final: percent(final),
        tier,
      }),
    );
  }

  const raiseTo = (floor: Tier, why: (tier: Tier) => Message) => {
    if (tier < floor) {
      tier = floor;
      reasons.push(why(floor));
    }
  };
  const { floors } = policy;
  const area = policy.highImpactAreas.find((a) => a.id === profile.highImpactArea);
  if (area && floors.fullyAutomated.areas.includes(area.id) && profile.automation === 'fully_automated') {
    raiseTo(floors.fullyAutomated.tier, (floor) => message('tier_floor_fully_automated', { tier: floor, area: area.label }));
  }
  if (area) raiseTo(floors.highImpactArea, (floor) => message('tier_floor_high_impact_area', { tier: floor, area: area.label }));
  if (profile.personalData && profile.affectsVulnerableGroups) {
    raiseTo(floors.personalDataWithVulnerableGroups, (floor) => message('tier_floor_vulnerable_personal_data', { tier: floor }));
  }

  return { tier, scores: { impact, impactMax, mitigation, mitigationMax, final, byPrinciple, reasons } };
}
