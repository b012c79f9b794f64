// The schema every policy file must meet; a file that does not stops the API and the worker at start.
import { z } from 'zod';
import { AUTOMATION_LEVELS, CONCERNS, DEFAULT_SEPARATION_OF_DUTIES, PRINCIPLES, REVIEW_DOMAINS } from '#domain';

const label = z.object({ ko: z.string().trim().min(1), en: z.string().trim().min(1) }).strict();
const id = z.string().regex(/^[a-z][a-z0-9_]*$/, 'must be snake_case');
const tier = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
const days = z.number().positive();

const option = z.object({ id, label, points: z.number().int().min(0) }).strict();

const question = z
  .object({
    id,
    text: label,
    kind: z.enum(['single', 'multi', 'text']),
    required: z.boolean(),
    scoring: z.enum(['impact', 'mitigation', 'profile']),
    concerns: z.array(z.enum(CONCERNS)),
    options: z.array(option),
    requiredFromTier: tier.optional(),
  })
  .strict()
  .refine((q) => (q.kind === 'text') === (q.options.length === 0), 'a text question has no options; a choice has some')
  .refine(
    (q) => q.kind === 'text' || q.scoring === 'profile' || q.options.some((o) => o.points === 0),
    'a scored question needs a 0-point option',
  )
  .refine((q) => new Set(q.options.map((o) => o.id)).size === q.options.length, 'option ids must be unique');

const flagRule = z.object({ question: id, whenAnyOf: z.array(id).min(1) }).strict();
const flagsFromAnswers = z
  .object({
    personalData: flagRule.optional(),
    affectsVulnerableGroups: flagRule.optional(),
    automation: z.object({ question: id }).strict().optional(),
  })
  .strict();

const reviewPath = z
  .object({
    domains: z.array(z.enum(REVIEW_DOMAINS)).min(1),
    domainsIfVulnerable: z.array(z.enum(REVIEW_DOMAINS)),
    signoff: z
      .object({
        body: z.enum(['officer', 'committee']),
        members: z.number().int().min(1),
        rule: z.enum(['single', 'quorum', 'unanimous']),
        quorum: z.number().int().min(1),
      })
      .strict()
      .refine((s) => s.quorum <= s.members, 'quorum cannot exceed the members'),
    reauditMonths: z.number().int().positive(),
  })
  .strict();

export const policySchema = z
  .object({
    version: z.string().regex(/^\d{4}\.\d+$/, 'must look like 2026.1'),
    sections: z.array(
      z
        .object({
          id: z.enum([...PRINCIPLES, 'profile', 'fundamental_rights']),
          title: label,
          questions: z.array(question).min(1),
        })
        .strict(),
    ),
    tierThresholds: z
      .tuple([z.number(), z.number(), z.number()])
      .refine(([a, b, c]) => 0 < a && a < b && b < c && c < 1, 'must rise within (0, 1)'),
    mitigation: z.object({ share: z.number().gt(0).lte(1), reduction: z.number().gt(0).lt(1) }).strict(),
    highImpactAreas: z.array(z.object({ id, label }).strict()),
    floors: z
      .object({
        highImpactArea: tier,
        fullyAutomated: z.object({ areas: z.array(id).min(1), tier }).strict(),
        personalDataWithVulnerableGroups: tier,
      })
      .strict(),
    flagsFromAnswers: flagsFromAnswers.optional(),
    reviewPaths: z.object({ 1: reviewPath, 2: reviewPath, 3: reviewPath, 4: reviewPath }).strict(),
    deadlines: z
      .object({
        expertReviewDays: days,
        signoffDays: days,
        reauditDays: days,
        revisionDays: days,
        deploymentDays: days,
        remediationDays: days,
        remediationGraceDays: days,
        reminderShare: z.number().gt(0).lt(1),
        escalationIntervalDays: days,
        escalationBackoff: z.number().min(1).max(10),
        escalationLevels: z.number().int().min(1).max(10),
        stalledAfterDays: days,
      })
      .strict(),
    maxRounds: z.number().int().min(1),
    notifications: z.object({ attempts: z.number().int().min(1).max(20), firstRetrySeconds: z.number().positive() }).strict(),
    // A file written before separation of duties was policy data holds the default.
    separationOfDuties: z
      .object({ reviewsPerRound: z.number().int().min(1), reviewerMaySignOff: z.boolean() })
      .strict()
      .default({ ...DEFAULT_SEPARATION_OF_DUTIES }),
  })
  .strict()
  .refine((p) => {
    const ids = p.sections.flatMap((s) => s.questions.map((q) => q.id));
    return new Set(ids).size === ids.length;
  }, 'question ids must be unique across sections')
  .superRefine((p, context) => {
    const questions = new Map(p.sections.flatMap((s) => s.questions).map((q) => [q.id, q]));
    for (const [flag, rule] of Object.entries(p.flagsFromAnswers ?? {})) {
      const question = questions.get(rule.question);
      const path = ['flagsFromAnswers', flag];
      if (!question || question.kind === 'text') {
        context.addIssue({ code: 'custom', path, message: `${rule.question} is not a choice question of the policy` });
      } else if ('whenAnyOf' in rule) {
        const unknown = rule.whenAnyOf.filter((o) => !question.options.some((option) => option.id === o));
        if (unknown.length > 0)
          context.addIssue({ code: 'custom', path, message: `not options of ${rule.question}: ${unknown}` });
      } else if (question.kind !== 'single' || !question.options.every((o) => AUTOMATION_LEVELS.includes(o.id as never))) {
        context.addIssue({ code: 'custom', path, message: `${rule.question} must be a single choice of ${AUTOMATION_LEVELS}` });
      }
    }
  })
  .refine(
    (p) => p.floors.fullyAutomated.areas.every((area) => p.highImpactAreas.some((a) => a.id === area)),
    'floors.fullyAutomated.areas must be high-impact areas of the policy',
  );
