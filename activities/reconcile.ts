// Reconcile: the read model (PostgreSQL) against each workflow's own state (its `state` Query). Where they
// differ it repairs the stage and the tasks through the repositories, with an audit entry per repair; a run
// that ended before its lifecycle did (terminated, say) is flagged: the proposal then needs attention. Run
// daily by a Temporal Schedule (workflows/reconcile.ts) and by hand (`npm run reconcile`), both through here.
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Injectable } from '@nestjs/common';
import type { Connection } from '@temporalio/client';
import {
  type AuditEntry,
  type HumanTask,
  isTaskOpen,
  type LifecycleState,
  type Message,
  message,
  policyFor,
  type ProposalStatus,
  type ReconcileSummary,
  render,
  stallsAt,
  stateQuery,
  workflowIdFor,
} from '#domain';
import {
  AttentionRepository,
  ProposalsRepository,
  Repositories,
  type TaskEntity,
  TasksRepository,
  taskFromRow,
  taskToRow,
  type TransactionRepositories,
} from '#persistence';
import { TemporalClientService } from '#temporal';
import { attentionRow } from './attention.activities.js';

const ACTOR = 'reconcile';
/** A run that closed in one of these ended before its lifecycle did. */
const ENDED_EARLY = new Set(['TERMINATED', 'FAILED', 'TIMED_OUT', 'CANCELLED']);
const QUERY_DEADLINE_MS = 10_000;
/** A difference counts only if a second look this much later sees it too: a write in flight settles sooner. */
const SECOND_LOOK_MS = 2_000;

/** What the workflow says of a proposal: its state, or how its run ended early, or nothing readable. */
type Reading =
  | { kind: 'state'; state: LifecycleState; running: boolean }
  | { kind: 'ended_early'; status: string; closedAt: Date }
  | { kind: 'unreadable' };

/** One repair: how to make it (true when it changed a row), and what its audit entry says. */
interface Repair {
  key: string;
  why: Message;
  apply: (tx: TransactionRepositories, at: string) => Promise<boolean>;
}

@Injectable()
export class ReconcileService {
  constructor(
    private readonly repositories: Repositories,
    private readonly proposals: ProposalsRepository,
    private readonly tasks: TasksRepository,
    private readonly attention: AttentionRepository,
    private readonly temporal: TemporalClientService,
  ) {}

  /** Every proposal in flight, or those of `proposalIds`; `progress` is called after each (a heartbeat). */
  async reconcile(proposalIds?: string[], progress: () => void = () => {}): Promise<ReconcileSummary> {
    const summary: ReconcileSummary = { checked: 0, repairs: 0, flagged: 0, unreadable: [] };
    for (const { id } of await this.proposals.inFlight(proposalIds)) {
      summary.checked += 1;
      const reading = await this.read(id);
      if (reading.kind === 'unreadable') summary.unreadable.push(id);
      else if (reading.kind === 'ended_early') summary.flagged += (await this.flag(id, reading)) ? 1 : 0;
      else summary.repairs += await this.repair(id, reading.state, reading.running);
      progress();
    }
    return summary;
  }

  private async read(proposalId: string): Promise<Reading> {
    const client = await this.temporal.client();
    const handle = client.workflow.getHandle(workflowIdFor(proposalId));
    try {
      const { status, closeTime } = await handle.describe();
      if (ENDED_EARLY.has(status.name)) return { kind: 'ended_early', status: status.name, closedAt: closeTime ?? new Date() };
      const connection = client.connection as Connection;
      const state = await connection.withDeadline(Date.now() + QUERY_DEADLINE_MS, () => handle.query(stateQuery));
      return { kind: 'state', state, running: status.name === 'RUNNING' };
    } catch {
      return { kind: 'unreadable' }; // no run (never started, or gone past retention), or no worker answered
    }
  }

  /** Flags a run that ended early, once; true when it was not flagged before. */
  private flag(proposalId: string, { status, closedAt }: { status: string; closedAt: Date }): Promise<boolean> {
    const why = message('audit_run_closed', { status });
    return this.repositories.transaction(async (tx) => {
      // The board says what happened in the reader's language; the error is the run's status as Temporal names it.
      const row = { proposalId, reason: 'run_closed' as const, activity: null, error: status, since: closedAt };
      const fresh = await tx.attention.record({ ...row, retries: 0, retrying: false });
      if (fresh) await tx.audit.append(this.entry(proposalId, 'run_closed_found', why));
      return fresh;
    });
  }

  /** Repairs what differs, if a second look sees the same; the number of repairs made. */
  private async repair(proposalId: string, state: LifecycleState, running: boolean): Promise<number> {
    await this.mendAttentionRow(proposalId, state, running);
    // Writes held for an administrator's retry: the read model lags on purpose, and will catch up.
    if (state.attention) return 0;
    const first = await this.differences(proposalId, state);
    if (first.length === 0) return 0;
    await sleep(SECOND_LOOK_MS);
    const again = await this.read(proposalId);
    if (again.kind !== 'state' || again.state.attention) return 0;
    const second = await this.differences(proposalId, again.state);
    const confirmed = second.filter((r) => first.some((f) => f.key === r.key));
    let made = 0;
    for (const repair of confirmed) {
      const at = new Date().toISOString();
      const done = await this.repositories.transaction(async (tx) => {
        if (!(await repair.apply(tx, at))) return false;
        await tx.audit.append(this.entry(proposalId, 'read_model_repaired', repair.why, at));
        return true;
      });
      if (done) made += 1;
    }
    return made;
  }

  /** The board's row says what the workflow says: a write waiting for a retry, or nothing of a running run. */
  private async mendAttentionRow(proposalId: string, state: LifecycleState, running: boolean): Promise<void> {
    if (state.attention) {
      await this.attention.record(attentionRow(proposalId, state.attention));
      return;
    }
    await this.attention.remove(proposalId, 'write_failed');
    if (running) await this.attention.remove(proposalId, 'run_closed'); // a new run took the proposal on
  }

  private async differences(proposalId: string, state: LifecycleState): Promise<Repair[]> {
    const [proposal] = await this.proposals.inFlight([proposalId]);
    const rows = await this.tasks.ofProposal(proposalId);
    const repairs: Repair[] = [];
    if (proposal && proposal.status !== state.status) repairs.push(stageRepair(proposalId, proposal.status, state.status));
    for (const task of state.tasks) {
      const row = rows.find((r) => r.id === task.id);
      if (!row) repairs.push(this.missingTask(task));
      else if (row.status !== task.status || row.assignee !== task.assignee || row.escalationLevel !== task.escalationLevel)
        repairs.push(taskRepair(row, task));
    }
    // The workflow keeps its open tasks across continue-as-new: an open row it does not know of was cancelled.
    for (const row of rows.filter((r) => isTaskOpen(r) && !state.tasks.some((t) => t.id === r.id))) {
      repairs.push(taskRepair(row, { ...taskFromRow(row), status: 'cancelled' }));
    }
    return repairs;
  }

  private missingTask(task: HumanTask): Repair {
    return {
      key: `task:${task.id}:missing`,
      why: message('audit_repaired_task', { kind: task.kind, domain: task.domain, from: 'missing', to: summaryOf(task) }),
      apply: async (tx) => {
        const policyVersion = await tx.proposals.policyVersionOf(task.proposalId);
        if (!policyVersion) return false;
        const { deadlines } = policyFor(policyVersion);
        const row = { ...taskToRow(task), stallsAt: stallsAt(new Date(), new Date(task.dueAt), deadlines) };
        await tx.tasks.insert([row]);
        return true;
      },
    };
  }

  private entry(proposalId: string, action: string, why: Message, at = new Date().toISOString()): AuditEntry {
    return { id: randomUUID(), proposalId, at, actor: ACTOR, action, rationale: render('en', why), detail: why };
  }
}

function stageRepair(proposalId: string, from: ProposalStatus, to: ProposalStatus): Repair {
  return {
    key: `stage:${from}:${to}`,
    why: message('audit_repaired_stage', { from, to }),
    apply: (tx, at) => tx.proposals.repairStage(proposalId, from, to, at),
  };
}

function taskRepair(row: TaskEntity, task: HumanTask): Repair {
  const from = summaryOf({ status: row.status, assignee: row.assignee });
  return {
    key: `task:${row.id}:${from}:${summaryOf(task)}:${task.escalationLevel}`,
    why: message('audit_repaired_task', { kind: task.kind, domain: task.domain, from, to: summaryOf(task) }),
    apply: (tx) => tx.tasks.repair(row.id, { status: row.status, assignee: row.assignee }, taskToRow(task)),
  };
}

const summaryOf = (task: Pick<HumanTask, 'status' | 'assignee'>) =>
  task.assignee ? `${task.status} (${task.assignee})` : task.status;
