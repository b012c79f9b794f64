import type { Decision, TaskKind, TaskStatus } from './lifecycle.js';
import { type FieldProblem, fieldProblem, shownPath } from './texts/index.js';

interface TaskDecision {
  decision: Decision;
  comment: string;
  by: string;
  at: string;
  /** The conditions of an approve_with_conditions. */
  conditions?: string[];
}

/** A condition of a conditional sign-off; deployment needs evidence for each. */
export interface Condition {
  id: string;
  text: string;
  evidence?: string;
}

/** A human task as the workflow holds it; the read model mirrors it for inboxes. */
export interface HumanTask {
  id: string;
  proposalId: string;
  kind: TaskKind;
  domain: string;
  round: number;
  status: TaskStatus;
  candidateGroup: string;
  assignee: string | null;
  dueAt: string;
  escalationLevel: number;
  /** When the reminder went out, once. */
  remindedAt?: string;
  decision?: TaskDecision;
}

/** The statuses of a task someone still has to decide; the read model's SQL derives its predicate from them. */
export const OPEN_TASK_STATUSES = ['open', 'claimed'] as const satisfies readonly TaskStatus[];

export const isTaskOpen = (task: Pick<HumanTask, 'status'>): boolean =>
  (OPEN_TASK_STATUSES as readonly TaskStatus[]).includes(task.status);

const EVIDENCE_MAX_LENGTH = 4000;

/** Every condition needs its evidence, and evidence may name only conditions of this proposal. */
export function evidenceProblems(
  conditions: readonly Pick<Condition, 'id'>[],
  evidence: Record<string, unknown>,
): FieldProblem[] {
  const ids = new Set(conditions.map((c) => c.id));
  const problems = conditions.flatMap(({ id }): FieldProblem[] => {
    const given = evidence[id];
    const field = `evidence.${id}`;
    if (given === undefined || given === null || (typeof given === 'string' && given.trim() === '')) {
      return [fieldProblem(field, 'field_required', {})];
    }
    if (typeof given !== 'string') return [fieldProblem(field, 'field_not_text', {})];
    if (given.length > EVIDENCE_MAX_LENGTH) return [fieldProblem(field, 'field_too_long', { max: EVIDENCE_MAX_LENGTH })];
    return [];
  });
  // Named once each, and a flood of unknown keys gets a short answer rather than one as long as the body.
  const unknown = Object.keys(evidence).filter((key) => !ids.has(key));
  for (const key of unknown.slice(0, 20))
    problems.push(fieldProblem(`evidence.${shownPath(key)}`, 'evidence_not_a_condition', {}));
  return problems;
}
