// The policy's values in the served OpenAPI document: the high-impact areas and each question's options,
// where the proposal bodies take them. They come from the policy files the API loaded at start (POLICY_DIR),
// so they belong to the running deployment, not to the code: the document built without a stack (the web
// console's types) leaves them out, and the console reads them from GET /api/questionnaire.
import type { OpenAPIObject } from '@nestjs/swagger';
import type { Policy, Question } from '#domain';

type Schema = Record<string, unknown>;

/** The bodies that carry answers or a high-impact area, each checked against the proposal's pinned version. */
const BODIES = ['CreateProposalDto', 'UpdateProposalDto', 'AssessmentPreviewDto', 'RevisionDto'];

const TEXT_ANSWER_MAX_LENGTH = 4000;

function answerSchema(question: Question): Schema {
  const options = question.options.map((o) => o.id);
  if (question.kind === 'text') return { type: 'string', maxLength: TEXT_ANSWER_MAX_LENGTH };
  if (question.kind === 'single') return { type: 'string', enum: options };
  return { type: 'array', items: { type: 'string', enum: options }, uniqueItems: true };
}

export function declarePolicyValues(document: OpenAPIObject, policy: Policy): void {
  const note = `policy ${policy.version}'s (the current one, which new proposals take; a proposal keeps the version it began under)`;
  const answers = {
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(policy.sections.flatMap((s) => s.questions).map((q) => [q.id, answerSchema(q)])),
  };
  const areas = policy.highImpactAreas.map((a) => a.id);
  for (const name of BODIES) {
    const properties = (document.components?.schemas?.[name] as Schema | undefined)?.properties as Record<string, Schema>;
    if (!properties) continue;
    if (properties.answers) {
      const { description } = properties.answers;
      properties.answers = {
        ...properties.answers,
        ...answers,
        description: `${description ?? 'answers'}; the questions and options of ${note}`,
      };
    }
    if (properties.highImpactArea) {
      properties.highImpactArea = {
        ...properties.highImpactArea,
        enum: [...areas, null],
        description: `a high-impact area of the AI Basic Act, one of ${note}`,
      };
    }
  }
}
