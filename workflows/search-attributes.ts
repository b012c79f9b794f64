// The proposal's search attributes (stage, department, tier, next due time, escalated, code version, attention)
// for the Temporal UI's and CLI's queries. Only what changed since the last upsert is written: each upsert is an event in the
// history and a visibility write on the server, and most steps change one attribute or none.
import { upsertSearchAttributes } from '@temporalio/workflow';
import {
  ATTENTION,
  CODE_VERSION_ATTRIBUTE,
  DEPARTMENT,
  ESCALATED,
  isTaskOpen,
  type LifecycleState,
  NEXT_DUE_AT,
  STAGE,
  TIER,
} from '#domain';

type AttributeUpdates = Extract<Parameters<typeof upsertSearchAttributes>[0], unknown[]>;

function attributesOf(state: LifecycleState, codeVersion: number): AttributeUpdates {
  const open = state.tasks.filter(isTaskOpen);
  // In MONITORING the next due time is the re-audit's, so "re-audits due this month" is a query too.
  const waits = [state.departmentWait?.dueAt, state.nextReauditAt].filter((due) => due !== undefined);
  const dues = [...open.map((t) => t.dueAt), ...waits].sort();
  const escalated = open.some((t) => t.escalationLevel > 0) || (state.departmentWait?.escalationLevel ?? 0) > 0;
  return [
    { key: STAGE, value: state.status },
    { key: DEPARTMENT, value: state.department },
    { key: TIER, value: state.tier },
    { key: NEXT_DUE_AT, value: dues.length > 0 ? new Date(dues[0]) : null },
    { key: ESCALATED, value: escalated },
    { key: CODE_VERSION_ATTRIBUTE, value: codeVersion },
    { key: ATTENTION, value: state.attention !== undefined },
  ];
}

export class ProposalSearchAttributes {
  /** What this run last wrote, by attribute name (as JSON, so dates compare by value). */
  private readonly written = new Map<string, string>();

  constructor(private readonly codeVersion: number) {}

  refresh(state: LifecycleState): void {
    // BareunAttention is written once a write first needs attention, not before: most runs never set it.
    const pairs = attributesOf(state, this.codeVersion).filter(
      ({ key, value }) => key.name !== ATTENTION.name || value === true || this.written.has(key.name),
    );
    const changed = pairs.filter(({ key, value }) => this.written.get(key.name) !== JSON.stringify(value));
    if (changed.length === 0) return;
    upsertSearchAttributes(changed);
    for (const { key, value } of changed) this.written.set(key.name, JSON.stringify(value));
  }
}
