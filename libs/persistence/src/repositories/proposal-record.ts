// A proposal with everything its view shows (tasks, stage timeline, conditions), read in one statement:
// the view is what submissions, decisions and every poll of a proposal answer with.
import type { ProposalStatus, ReadScope } from '#domain';
import { ConditionEntity, ProposalEntity, TaskEntity } from '../entities/index.js';
import { type Db, entityOf } from '../typeorm-internals.js';
import { selectRows } from './plain-sql.js';
import { positionalReadScope } from './read-scope.js';

export interface ProposalRecord {
  proposal: ProposalEntity;
  tasks: TaskEntity[];
  /** The audit log's transitions, oldest first. */
  timeline: { at: Date; status: ProposalStatus }[];
  conditions: ConditionEntity[];
}

const RECORD = (readable: string) => `
  SELECT to_jsonb(p) AS proposal,
    (SELECT coalesce(jsonb_agg(to_jsonb(t) ORDER BY t.created_at), '[]') FROM tasks t WHERE t.proposal_id = p.id) AS tasks,
    (SELECT coalesce(jsonb_agg(jsonb_build_object('at', a.at, 'status', a.to_status) ORDER BY a.seq), '[]')
       FROM audit_entries a WHERE a.proposal_id = p.id AND a.to_status IS NOT NULL) AS timeline,
    (SELECT coalesce(jsonb_agg(to_jsonb(c) ORDER BY c.created_at, c.id), '[]')
       FROM conditions c WHERE c.proposal_id = p.id) AS conditions
  FROM proposals p WHERE p.id = $1 AND ${readable}`;

type Json = Record<string, unknown>;
type RecordRow = { proposal: Json; tasks: Json[]; timeline: { at: string; status: ProposalStatus }[]; conditions: Json[] };

/** The proposal's record, if it is one the reader's scope holds. */
export async function proposalRecord(db: Db, id: string, scope: ReadScope): Promise<ProposalRecord | null> {
  const { condition, values } = positionalReadScope(scope, 1);
  const rows = await selectRows<RecordRow>(db, 'proposal-record', RECORD(condition), [id, ...values]);
  if (rows.length === 0) return null;
  const [{ proposal, tasks, timeline, conditions }] = rows;
  return {
    proposal: entityOf(db, ProposalEntity, proposal),
    tasks: tasks.map((t) => entityOf(db, TaskEntity, t)),
    timeline: timeline.map(({ at, status }) => ({ at: new Date(at), status })),
    conditions: conditions.map((c) => entityOf(db, ConditionEntity, c)),
  };
}
