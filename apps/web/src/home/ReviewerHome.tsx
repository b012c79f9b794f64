// The reviewer's tasks due soonest, overdue first (the API's order), in two lists: mine, and my groups' that
// nobody has taken yet; the whole inbox one link away.
import { get, type Proposal, type Task } from '../api/client.js';
import { Link } from '../app/router.js';
import { useSession } from '../app/session.js';
import { Loaded, useLoad } from '../components/common.js';
import { DataTable } from '../components/krds.js';
import { Stage, When } from '../components/labels.js';
import { useI18n } from '../i18n/i18n.js';

const SHOWN = 5;

/** The first tasks of each list with their proposals (the recent ones in one call, any other by itself). */
async function homeTasks(me: string) {
  const tasks = await get<Task[]>('/api/tasks?limit=200');
  const mine = tasks.filter((task) => task.assignee === me).slice(0, SHOWN);
  const free = tasks.filter((task) => !task.assignee).slice(0, SHOWN);
  const overdue = tasks.filter((task) => new Date(task.dueAt) < new Date()).length;
  const recent = await get<{ items: Proposal[] }>('/api/proposals?limit=200');
  const byId = new Map(recent.items.map((p) => [p.id, p]));
  const missing = [...new Set([...mine, ...free].map((task) => task.proposalId).filter((id) => !byId.has(id)))];
  for (const proposal of await Promise.all(missing.map((id) => get<Proposal>(`/api/proposals/${id}`))))
    byId.set(proposal.id, proposal);
  return { mine, free, overdue, total: tasks.length, byId };
}

export function ReviewerHome() {
  const { t } = useI18n();
  const { session } = useSession();
  const state = useLoad(() => homeTasks(session?.id ?? ''), [session?.id]);
  return (
    <section aria-labelledby="home-reviewer">
      <h2 id="home-reviewer">{t('homeReviewer')}</h2>
      <Loaded state={state}>
        {({ mine, free, overdue, total, byId }) => (
          <>
            <ul className="summary-counts">
              <li>
                <span className="figure">{total}</span> {t('homeOpenTasks')}
              </li>
              <li className={overdue > 0 ? 'urgent' : undefined}>
                <span className="figure">{overdue}</span> {t('overdue')}
              </li>
            </ul>
            <TaskList title={t('homeMyTasks')} id="home-mine" tasks={mine} byId={byId} />
            <TaskList title={t('homeFreeTasks')} id="home-free" tasks={free} byId={byId} />
            <p>
              <Link href="/inbox" className="krds-btn medium secondary">
                {t('homeToInbox')}
              </Link>
            </p>
          </>
        )}
      </Loaded>
    </section>
  );
}

function TaskList({ title, id, tasks, byId }: { title: string; id: string; tasks: Task[]; byId: Map<string, Proposal> }) {
  const { t, tv } = useI18n();
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {tasks.length === 0 ? (
        <p>{t('noTasks')}</p>
      ) : (
        <DataTable>
          <caption className="sr-only">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('colTitle')}</th>
              <th scope="col">{t('colTask')}</th>
              <th scope="col">{t('colStage')}</th>
              <th scope="col">{t('colDue')}</th>
            </tr>
          </thead>
          <tbody>
            {tasks.map((task) => {
              const proposal = byId.get(task.proposalId);
              const overdue = new Date(task.dueAt) < new Date();
              return (
                <tr key={task.id} className={overdue ? 'overdue' : undefined}>
                  <th scope="row">
                    <Link href={`/tasks/${task.proposalId}/${task.id}`}>{proposal?.title ?? t('taskTitle')}</Link>
                  </th>
                  <td>
                    {tv('kind', task.kind)} · {tv('domain', task.domain)}
                  </td>
                  <td>{proposal && <Stage status={proposal.status} />}</td>
                  <td>
                    <When iso={task.dueAt} /> {overdue && <strong className="krds-badge bg-danger">{t('overdue')}</strong>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </DataTable>
      )}
    </section>
  );
}
