// The read model's task rows and the workflow's HumanTask, one mapping each way.
import type { Decision, HumanTask } from '#domain';
import type { TaskEntity } from './entities/index.js';

export function taskToRow(task: HumanTask): Partial<TaskEntity> {
  return {
    id: task.id,
    proposalId: task.proposalId,
    kind: task.kind,
    domain: task.domain,
    round: task.round,
    status: task.status,
    candidateGroup: task.candidateGroup,
    assignee: task.assignee,
    dueAt: new Date(task.dueAt),
    escalationLevel: task.escalationLevel,
    decision: task.decision?.decision ?? null,
    comment: task.decision?.comment ?? null,
    decidedBy: task.decision?.by ?? null,
    decidedAt: task.decision ? new Date(task.decision.at) : null,
  };
}

export function taskFromRow(row: TaskEntity): HumanTask {
  return {
    id: row.id,
    proposalId: row.proposalId,
    kind: row.kind,
    domain: row.domain,
    round: row.round,
    status: row.status,
    candidateGroup: row.candidateGroup,
    assignee: row.assignee,
    dueAt: row.dueAt.toISOString(),
    escalationLevel: row.escalationLevel,
    decision:
      row.decision && row.decidedBy && row.decidedAt
        ? { decision: row.decision as Decision, comment: row.comment ?? '', by: row.decidedBy, at: row.decidedAt.toISOString() }
        : undefined,
  };
}
