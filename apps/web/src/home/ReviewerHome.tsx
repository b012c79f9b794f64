// The reviewer's tasks due soonest, overdue first (the API's order), in two lists: mine, and my groups' that
// nobody has taken yet; the whole inbox one link away. Each list and count is a page the server cuts, with the
// proposal's title and stage in it: the home reads no proposal by itself.
import { getCounted, type InboxTask, query } from '../api/client.js';
import { Link } from '../app/router.js';
import { Loaded, useLoad } from '../components/common.js';
import { DataTable } from '../components/krds.js';
import { Stage, When } from '../components/labels.js';
import { useI18n } from '../i18n/i18n.js';

const SHOWN = 5;

const tasks = (params: Parameters<typeof query>[0]) => getCounted<InboxTask>(`/api/tasks${query(params)}`);

async function homeTasks() {
  const [mine, free, all, overdue] = await Promise.all([
    tasks({ assignee: 'me', limit: SHOWN }),
    tasks({ assignee: 'none', limit: SHOWN }),
    tasks({ limit: 1 }),
    tasks({ dueBefore: new Date().toISOString(), limit: 1 }),
  ]);
  return { mine: mine.items, free: free.items, total: all.total, overdue: overdue.total };
}

export function ReviewerHome() {
  const { t } = useI18n();
  const state = useLoad(homeTasks, []);
  return (
    <section aria-labelledby="home-reviewer">
      <h2 id="home-reviewer">{t('homeReviewer')}</h2>
      <Loaded state={state}>
        {({ mine, free, overdue, total }) => (
          <>
            <ul className="summary-counts">
              <li>
                <span className="figure">{total}</span> {t('homeOpenTasks')}
              </li>
              <li className={overdue > 0 ? 'urgent' : undefined}>
                <span className="figure">{overdue}</span> {t('overdue')}
              </li>
            </ul>
            <TaskList title={t('homeMyTasks')} id="home-mine" tasks={mine} />
            <TaskList title={t('homeFreeTasks')} id="home-free" tasks={free} />
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

function TaskList({ title, id, tasks }: { title: string; id: string; tasks: InboxTask[] }) {
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
              const overdue = new Date(task.dueAt) < new Date();
              return (
                <tr key={task.id} className={overdue ? 'overdue' : undefined}>
                  <th scope="row">
                    <Link href={`/tasks/${task.proposalId}/${task.id}`}>{task.proposal.title || t('taskTitle')}</Link>
                  </th>
                  <td>
                    {tv('kind', task.kind)} · {tv('domain', task.domain)}
                  </td>
                  <td>{task.proposal.status && <Stage status={task.proposal.status} />}</td>
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
