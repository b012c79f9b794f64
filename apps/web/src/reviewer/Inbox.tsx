// The reviewer's inbox: my tasks and my groups' open ones, overdue first (due soonest), with filters by
// whose, due date, stage, tier and department; claim and release in place.
import { useState } from 'react';
import { get, post, type Proposal, query, type Task } from '../api/client.js';
import { Link } from '../app/router.js';
import { useSession } from '../app/session.js';
import { Loaded, Problems, useLoad, useSubmit } from '../components/common.js';
import { SelectField, TextField } from '../components/fields.js';
import { Stage, TierLabel, When } from '../components/labels.js';
import { useI18n } from '../i18n/i18n.js';

const STAGES = ['EXPERT_REVIEW', 'ETHICS_SIGNOFF', 'REAUDIT', 'SUSPENDED'];

type Filters = Record<'assignee' | 'dueBefore' | 'stage' | 'tier' | 'department', string>;

/**
 * The tasks the filters select (the API filters and pages them) with their proposals: the most recently changed
 * proposals in one call, any other one by itself.
 */
async function inboxRows(filters: Filters) {
  const { assignee, stage, tier } = filters;
  const dueBefore = filters.dueBefore ? new Date(`${filters.dueBefore}T00:00:00+09:00`).toISOString() : undefined;
  const department = filters.department.trim().toUpperCase();
  const [tasks, recent] = await Promise.all([
    get<Task[]>(`/api/tasks${query({ assignee, dueBefore, stage, tier, department, limit: 200 })}`),
    get<{ items: Proposal[] }>('/api/proposals?limit=200'),
  ]);
  const byId = new Map(recent.items.map((p) => [p.id, p]));
  const missing = [...new Set(tasks.map((t) => t.proposalId).filter((id) => !byId.has(id)))];
  for (const proposal of await Promise.all(missing.map((id) => get<Proposal>(`/api/proposals/${id}`))))
    byId.set(proposal.id, proposal);
  return tasks.map((task) => ({ task, proposal: byId.get(task.proposalId) }));
}

export function Inbox() {
  const { t, tv } = useI18n();
  const [filters, setFilters] = useState<Filters>({ assignee: '', dueBefore: '', stage: '', tier: '', department: '' });
  const set = (key: keyof Filters) => (value: string) => setFilters({ ...filters, [key]: value });
  const state = useLoad(() => inboxRows(filters), Object.values(filters));
  return (
    <section>
      <h1>{t('inboxTitle')}</h1>
      <form className="filters" aria-label={t('filter')} onSubmit={(e) => e.preventDefault()}>
        <SelectField id="f-assignee" label={t('inboxFilterAssignee')} value={filters.assignee} onChange={set('assignee')}>
          <option value="">{t('all')}</option>
          <option value="me">{t('assignee_me')}</option>
          <option value="none">{t('assignee_none')}</option>
        </SelectField>
        <TextField id="f-due" type="date" label={t('inboxDueBefore')} value={filters.dueBefore} onChange={set('dueBefore')} />
        <SelectField id="f-stage" label={t('colStage')} value={filters.stage} onChange={set('stage')}>
          <option value="">{t('all')}</option>
          {STAGES.map((s) => (
            <option key={s} value={s}>
              {tv('stage', s)}
            </option>
          ))}
        </SelectField>
        <SelectField id="f-tier" label={t('colTier')} value={filters.tier} onChange={set('tier')}>
          <option value="">{t('all')}</option>
          {['1', '2', '3', '4'].map((tier) => (
            <option key={tier} value={tier}>
              {tv('tier', tier)}
            </option>
          ))}
        </SelectField>
        <TextField id="f-department" label={t('colDepartment')} value={filters.department} onChange={set('department')} />
      </form>
      <Loaded state={state}>{(rows) => <InboxTable rows={rows} reload={state.reload} />}</Loaded>
    </section>
  );
}

function InboxTable({ rows, reload }: { rows: { task: Task; proposal?: Proposal }[]; reload: () => void }) {
  const { t, tv } = useI18n();
  const { session } = useSession();
  const form = useSubmit([]);
  const act = (task: Task, action: 'claim' | 'release') =>
    void form.run(() => post(`/api/tasks/${task.id}/${action}`).then(reload));
  if (rows.length === 0) return <p>{t('noTasks')}</p>;
  return (
    <>
      <Problems messages={form.errors.general} />
      <table>
        <caption>{t('inboxTitle')}</caption>
        <thead>
          <tr>
            {(['colTitle', 'colTask', 'colStage', 'colTier', 'colDepartment', 'colDue', 'colAssignee'] as const).map((k) => (
              <th key={k} scope="col">
                {t(k)}
              </th>
            ))}
            <th scope="col">
              <span className="visually-hidden">{t('claim')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ task, proposal }) => {
            const overdue = new Date(task.dueAt) < new Date();
            const name = proposal?.title ?? task.proposalId;
            return (
              <tr key={task.id} className={overdue ? 'overdue' : undefined}>
                <th scope="row">
                  <Link href={`/tasks/${task.proposalId}/${task.id}`}>{name}</Link>
                </th>
                <td>
                  {tv('kind', task.kind)} · {tv('domain', task.domain)}
                </td>
                <td>{proposal && <Stage status={proposal.status} />}</td>
                <td>
                  <TierLabel tier={proposal?.tier} />
                </td>
                <td>{proposal?.department}</td>
                <td>
                  <When iso={task.dueAt} /> {overdue && <strong className="badge">{t('overdue')}</strong>}
                </td>
                <td>{task.assignee ?? t('none')}</td>
                <td>
                  {task.assignee === session?.id ? (
                    <button
                      type="button"
                      onClick={() => act(task, 'release')}
                      aria-label={`${t('release')}: ${name} ${tv('domain', task.domain)}`}
                    >
                      {t('release')}
                    </button>
                  ) : (
                    !task.assignee && (
                      <button
                        type="button"
                        onClick={() => act(task, 'claim')}
                        aria-label={`${t('claim')}: ${name} ${tv('domain', task.domain)}`}
                      >
                        {t('claim')}
                      </button>
                    )
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
