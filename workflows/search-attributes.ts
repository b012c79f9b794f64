// The proposal's search attributes (stage, department, tier, next due time, escalated) for the Temporal UI's
// and CLI's queries. Only what changed since the last upsert is written: each upsert is an event in the
// history and a visibility write on the server, and most steps change one attribute or none.
import { upsertSearchAttributes } from '@temporalio/workflow';
import { type CodeChange, DEPARTMENT, ESCALATED, isTaskOpen, type LifecycleState, NEXT_DUE_AT, STAGE, TIER } from '#domain';

type AttributeUpdates = Extract<Parameters<typeof upsertSearchAttributes>[0], unknown[]>;

function attributesOf(state: LifecycleState): AttributeUpdates {
  const open = state.tasks.filter(isTaskOpen);
  const dues = [...open.map((t) => t.dueAt), ...(state.departmentWait ? [state.departmentWait.dueAt] : [])].sort();
  const escalated = open.some((t) => t.escalationLevel > 0) || (state.departmentWait?.escalationLevel ?? 0) > 0;
  return [
    { key: STAGE, value: state.status },
    { key: DEPARTMENT, value: state.department },
    { key: TIER, value: state.tier },
    { key: NEXT_DUE_AT, value: dues.length > 0 ? new Date(dues[0]) : null },
    { key: ESCALATED, value: escalated },
  ];
}

export class ProposalSearchAttributes {
  /** What this run last wrote, by attribute name (as JSON, so dates compare by value). */
  private readonly written = new Map<string, string>();

  constructor(private readonly follows: (change: CodeChange) => boolean) {}

  refresh(state: LifecycleState): void {
    const pairs = attributesOf(state);
    // Runs that began before this upserted all five at every step; their histories replay that way.
    if (!this.follows('search-attributes-when-changed')) return upsertSearchAttributes(pairs);
    const changed = pairs.filter(({ key, value }) => this.written.get(key.name) !== JSON.stringify(value));
    if (changed.length === 0) return;
    upsertSearchAttributes(changed);
    for (const { key, value } of changed) this.written.set(key.name, JSON.stringify(value));
  }
}
