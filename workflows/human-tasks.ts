// Human tasks held in workflow state, with their Update handlers. Each change is applied to state
// synchronously (so a concurrent second decision already sees it) and then persisted in order.
import { ApplicationFailure, setHandler, uuid4 } from '@temporalio/workflow';
import {
  type Actor,
  candidateGroupFor,
  DAY_MS,
  isTaskOpen,
  STAGES,
  stageOfTask,
  claimTaskUpdate,
  completeTaskUpdate,
  type Decision,
  type HumanTask,
  message,
  REFUSAL_FAILURE_TYPES,
  type Refusal,
  type RefusalDetails,
  refuse,
  releaseTaskUpdate,
  type TaskAction,
  taskActionRefusal,
  render,
} from '#domain';
import { watchTask } from './deadlines.js';
import { activities, isoIn, type Lifecycle } from './lifecycle-context.js';

/** A refusal as the Update's caller receives it: the code and params in its details, the English as its message. */
export function refusalFailure(refusal: Refusal): ApplicationFailure {
  const details: RefusalDetails[] = [{ code: refusal.code, params: refusal.params, fields: refusal.fields }];
  return ApplicationFailure.create({
    type: REFUSAL_FAILURE_TYPES[refusal.kind],
    message: render('en', refusal),
    details,
    nonRetryable: true,
  });
}

/**
 * Opens one task per domain, all at once, of the kind and with the deadline of the stage (libs/domain/src/stages.ts),
 * each with its deadline watch; resolves when they are in the inboxes.
 */
export async function openTasks(lc: Lifecycle, domains: string[]): Promise<HumanTask[]> {
  const kind = lc.stage.task;
  if (!kind) throw new Error(`${lc.state.status} opens no task`);
  const dueInDays = lc.dueInDays();
  const tasks: HumanTask[] = domains.map((domain) => ({
    id: uuid4(),
    proposalId: lc.state.proposalId,
    kind,
    domain,
    round: lc.state.round,
    status: 'open',
    candidateGroup: candidateGroupFor(kind, domain),
    assignee: null,
    dueAt: isoIn(dueInDays),
    escalationLevel: 0,
  }));
  lc.state.tasks.push(...tasks);
  const entry = lc.entry('system', `${kind}_opened`, message('audit_tasks_opened', { count: tasks.length, domains }));
  lc.refreshSearchAttributes();
  await lc.writes.add(() => activities.openTasks({ tasks, entry }));
  for (const task of tasks) watchTask(lc, task);
  return tasks;
}

/** The task an accepted Update acts on: its validator found it. */
export const taskOf = (lc: Lifecycle, taskId: string): HumanTask => lc.state.tasks.find((t) => t.id === taskId)!;

/**
 * The domain's rules for a task's Update, run in its validator only. A validator does not run on replay, so a
 * change to the rules never makes an Update accepted back then fail now; the handlers only apply it.
 */
/** Resumes the deadline watches of the open tasks a run carried over, each from when it was opened. */
export function rewatchOpenTasks(lc: Lifecycle): void {
  for (const task of lc.state.tasks.filter(isTaskOpen)) {
    const days = lc.requirePlan.deadlines[STAGES[stageOfTask(task.kind)].deadline!];
    watchTask(lc, task, Date.parse(task.dueAt) - days * DAY_MS);
  }
}

function validate(lc: Lifecycle, taskId: string, actor: Actor, action: TaskAction): void {
  const task = lc.state.tasks.find((t) => t.id === taskId);
  if (!task) throw refusalFailure(refuse('task_not_found', { id: taskId }));
  // The plan's separation of duties (the default for a plan made before it was policy data), on the run's own tasks.
  const duties = lc.plan?.separationOfDuties;
  const refusal = taskActionRefusal(actor, task, lc.state.department, action, lc.state.tasks, duties);
  if (refusal) throw refusalFailure(refusal);
}

export function installTaskHandlers(lc: Lifecycle): void {
  setHandler(
    claimTaskUpdate,
    async (request) => {
      const { taskId, actor } = request;
      const task = taskOf(lc, taskId);
      if (task.assignee === actor.id) return task;
      task.assignee = actor.id;
      task.status = 'claimed';
      await lc.recordTask(
        task,
        lc.entry(request, 'task_claimed', message('audit_task', { kind: task.kind, domain: task.domain })),
      );
      return task;
    },
    { validator: ({ taskId, actor }) => validate(lc, taskId, actor, { type: 'claim' }) },
  );

  setHandler(
    releaseTaskUpdate,
    async (request) => {
      const task = taskOf(lc, request.taskId);
      const previous = task.assignee;
      task.assignee = null;
      task.status = 'open';
      const why = message('audit_task_released', { kind: task.kind, domain: task.domain, previous: previous ?? '' });
      await lc.recordTask(task, lc.entry(request, 'task_released', why));
      return task;
    },
    { validator: ({ taskId, actor }) => validate(lc, taskId, actor, { type: 'release' }) },
  );

  setHandler(
    completeTaskUpdate,
    async (request) => {
      const { taskId, actor, decision, comment, conditions } = request;
      const task = taskOf(lc, taskId);
      task.assignee = task.assignee ?? actor.id;
      task.status = 'completed';
      task.decision = { decision: decision as Decision, comment, by: actor.id, at: new Date().toISOString(), conditions };
      await lc.recordTask(task, lc.entry(request, `${task.kind}_${decision}`, comment));
      await lc.people.atRest();
      return task;
    },
    {
      validator: ({ taskId, actor, decision, comment, conditions }) =>
        validate(lc, taskId, actor, { type: 'complete', decision, comment, conditions }),
    },
  );
}
