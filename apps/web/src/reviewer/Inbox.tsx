// The reviewer's inbox: my tasks and my groups' open ones, overdue first (due soonest), with filters by
// whose, due date, stage, tier and department in the URL; a page at a time, each task with its proposal; claim
// and release in place.
import { getCounted, type InboxTask, post, query } from '../api/client.js';
import { Link, useListQuery } from '../app/router.js';
import { useSession } from '../app/session.js';
import { Loaded, Problems, useLoad, useSubmit } from '../components/common.js';
import { DateField, SelectField } from '../components/fields.js';
import { Stage, TierLabel, When } from '../components/labels.js';
import { startOfSeoulDay } from '../i18n/dates.js';
import { DepartmentFilter, Filters, StageFilter, TierFilter } from '../components/ListFilters.js';
import { ListTotal, Pager } from '../components/Pager.js';
import { useI18n } from '../i18n/i18n.js';
import { DataTable } from '../components/krds.js';

const STAGES = ['EXPERT_REVIEW', 'ETHICS_SIGNOFF', 'REAUDIT', 'SUSPENDED'];
const SIZE = 20;

export function Inbox() {
  const { t } = useI18n();
  const list = useListQuery(['assignee', 'dueBefore', 'stage', 'tier', 'department'] as const);
  const { assignee, stage, tier, department } = list.values;
  // A date of the filter is a day in Seoul: tasks due before its start there.
  const dueBefore = list.values.dueBefore ? startOfSeoulDay(list.values.dueBefore) : undefined;
  const state = useLoad(
    () =>
      getCounted<InboxTask>(
        `/api/tasks${query({ assignee, dueBefore, stage, tier, department, limit: SIZE, offset: (list.page - 1) * SIZE })}`,
      ),
    [...Object.values(list.values), list.page],
  );
  return (
    <section>
      <h1>{t('inboxTitle')}</h1>
      <Filters>
        <SelectField id="f-assignee" label={t('inboxFilterAssignee')} value={assignee} onChange={list.set('assignee')}>
          <option value="">{t('all')}</option>
          <option value="me">{t('assignee_me')}</option>
          <option value="none">{t('assignee_none')}</option>
        </SelectField>
        <DateField id="f-due" label={t('inboxDueBefore')} value={list.values.dueBefore} onChange={list.set('dueBefore')} />
        <StageFilter id="f-stage" stages={STAGES} value={stage} onChange={list.set('stage')} />
        <TierFilter id="f-tier" value={tier} onChange={list.set('tier')} />
        <DepartmentFilter id="f-department" value={department} onChange={list.set('department')} />
      </Filters>
      <Loaded state={state}>
        {({ items, total }) => (
          <>
            {total > 0 && <ListTotal total={total} page={list.page} size={SIZE} />}
            <InboxTable rows={items} reload={state.reload} />
            <Pager total={total} page={list.page} size={SIZE} hrefOf={list.hrefOf} label={t('inboxTitle')} />
          </>
        )}
      </Loaded>
    </section>
  );
}

function InboxTable({ rows, reload }: { rows: InboxTask[]; reload: () => void }) {
  const { t, tv } = useI18n();
  const { session } = useSession();
  const form = useSubmit([]);
  const act = (task: InboxTask, action: 'claim' | 'release') =>
    void form.run(() => post(`/api/tasks/${task.id}/${action}`).then(reload));
  if (rows.length === 0) return <p>{t('noTasks')}</p>;
  return (
    <>
      <Problems messages={form.errors.general} />
      <DataTable>
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
          {rows.map((task) => {
            const { proposal } = task;
            const overdue = new Date(task.dueAt) < new Date();
            const name = proposal.title || task.proposalId;
            return (
              <tr key={task.id} className={overdue ? 'overdue' : undefined}>
                <th scope="row">
                  <Link href={`/tasks/${task.proposalId}/${task.id}`}>{name}</Link>
                </th>
                <td>
                  {tv('kind', task.kind)} · {tv('domain', task.domain)}
                </td>
                <td>{proposal.status && <Stage status={proposal.status} />}</td>
                <td>
                  <TierLabel tier={proposal.tier} />
                </td>
                <td>{proposal.department}</td>
                <td>
                  <When iso={task.dueAt} /> {overdue && <strong className="krds-badge bg-danger">{t('overdue')}</strong>}
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
      </DataTable>
    </>
  );
}
