// The reviewers' decisions and comments, round by round: beside the department's reply, and on the task
// page as the earlier rounds.
import type { Task } from '../api/client.js';
import { useI18n } from '../i18n/i18n.js';
import { When } from './labels.js';

export function ReviewComments({ tasks, title, beforeRound }: { tasks: Task[]; title: string; beforeRound?: number }) {
  const { t, tv } = useI18n();
  const shown = tasks.filter((task) => task.status !== 'cancelled' && (beforeRound === undefined || task.round < beforeRound));
  const rounds = [...new Set(shown.map((task) => task.round))].sort((a, b) => a - b);
  return (
    <section aria-labelledby="comments-title" className="comments">
      <h2 id="comments-title">{title}</h2>
      {rounds.length === 0 && <p>{t('none')}</p>}
      {rounds.map((round) => (
        <div key={round}>
          <h3>
            {t('round')} {round}
          </h3>
          <ul>
            {shown
              .filter((task) => task.round === round)
              .map((task) => (
                <li key={task.id}>
                  <strong>
                    {tv('kind', task.kind)} · {tv('domain', task.domain)}
                  </strong>
                  {': '}
                  {task.decision ? (
                    <>
                      {tv('decision', task.decision.decision)} ({task.decision.by}, <When iso={task.decision.at} />)
                      {task.decision.comment && <blockquote>{task.decision.comment}</blockquote>}
                    </>
                  ) : (
                    t('noDecisionYet')
                  )}
                </li>
              ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
