// Human tasks held in workflow state, with their Update handlers. Each change is applied to state
// synchronously (so a concurrent second decision already sees it) and then persisted through `persist`.
import { ApplicationFailure, patched, setHandler, uuid4 } from '@temporalio/workflow';
import {
  type Actor,
  type AuditEntry,
  candidateGroupFor,
  claimTaskUpdate,
  completeTaskUpdate,
  type Decision,
  type HumanTask,
  type LifecycleState,
  REFUSAL_FAILURE_TYPES,
  type Refusal,
  releaseTaskUpdate,
  type TaskAction,
  taskActionRefusal,
  type TaskKind,
} from '../libs/domain/src/index.js';

export type Persist = (task: HumanTask, entry: AuditEntry) => Promise<void>;
/** Called as a decision is applied; the function it returns resolves once the lifecycle has acted on it. */
export type WatchConsequences = () => () => Promise<void>;

// `new Date()` in a workflow is the workflow's own time (the sandbox makes it so): replay-safe.
const DAY_MS = 24 * 60 * 60 * 1000;

export function newTask(state: LifecycleState, kind: TaskKind, domain: string, dueInDays: number): HumanTask {
  return {
    id: uuid4(),
    proposalId: state.proposalId,
    kind,
    domain,
    round: state.round,
    status: 'open',
    candidateGroup: candidateGroupFor(kind, domain),
    assignee: null,
    dueAt: new Date(new Date().getTime() + dueInDays * DAY_MS).toISOString(),
    escalationLevel: 0,
  };
}

export function auditEntry(state: LifecycleState, actor: string, action: string, rationale?: string): AuditEntry {
  return { id: uuid4(), proposalId: state.proposalId, at: new Date().toISOString(), actor, action, rationale };
}

function refusalFailure(refusal: Refusal): ApplicationFailure {
  return ApplicationFailure.create({ type: REFUSAL_FAILURE_TYPES[refusal.code], message: refusal.message, nonRetryable: true });
}

function validate(state: LifecycleState, taskId: string, actor: Actor, action: TaskAction): HumanTask {
  const task = state.tasks.find((t) => t.id === taskId);
  if (!task) {
    throw ApplicationFailure.create({ type: REFUSAL_FAILURE_TYPES.not_found, message: `no task ${taskId}`, nonRetryable: true });
  }
  const refusal = taskActionRefusal(actor, task, state.department, action);
  if (refusal) throw refusalFailure(refusal);
  return task;
}

export function installTaskHandlers(state: LifecycleState, persist: Persist, watchConsequences: WatchConsequences): void {
  setHandler(
    claimTaskUpdate,
    async ({ taskId, actor }) => {
      const task = validate(state, taskId, actor, { type: 'claim' });
      if (task.assignee === actor.id) return task;
      task.assignee = actor.id;
      task.status = 'claimed';
      await persist(task, auditEntry(state, actor.id, 'task_claimed', `${task.kind} ${task.domain}`));
      return task;
    },
    { validator: ({ taskId, actor }) => void validate(state, taskId, actor, { type: 'claim' }) },
  );

  setHandler(
    releaseTaskUpdate,
    async ({ taskId, actor }) => {
      const task = validate(state, taskId, actor, { type: 'release' });
      const previous = task.assignee;
      task.assignee = null;
      task.status = 'open';
      await persist(task, auditEntry(state, actor.id, 'task_released', `${task.kind} ${task.domain}, was ${previous}`));
      return task;
    },
    { validator: ({ taskId, actor }) => void validate(state, taskId, actor, { type: 'release' }) },
  );

  setHandler(
    completeTaskUpdate,
    async ({ taskId, actor, decision, comment }) => {
      const task = validate(state, taskId, actor, { type: 'complete', decision });
      const consequences = watchConsequences();
      task.assignee = task.assignee ?? actor.id;
      task.status = 'completed';
      task.decision = { decision: decision as Decision, comment, by: actor.id, at: new Date().toISOString() };
      await persist(task, auditEntry(state, actor.id, `${task.kind}_${decision}`, comment));
      // Versioned: workflows started before this change completed the Update right after the write.
      if (patched('decision-awaits-consequences')) await consequences();
      return task;
    },
    { validator: ({ taskId, actor, decision }) => void validate(state, taskId, actor, { type: 'complete', decision }) },
  );
}
