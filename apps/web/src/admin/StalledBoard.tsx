// Stalled work, longest waiting first: escalation level, who is waited on, a link to the workflow in the
// Temporal UI; reassign one task, or all of an absent person's.
import { useState } from 'react';
import { get, post, type StalledItem, type Schemas } from '../api/client.js';
import { Link } from '../app/router.js';
import { Loaded, Notice, Problems, useLoad, useSubmit } from '../components/common.js';
import { TextField } from '../components/fields.js';
import { Stage, TierLabel, When } from '../components/labels.js';
import { recipientName } from '#domain/texts';
import { useI18n } from '../i18n/i18n.js';
import { ReassignAll } from './ReassignAll.js';

export function StalledBoard() {
  const { t } = useI18n();
  const page = useLoad(() => get<{ items: StalledItem[]; total: number }>('/api/admin/stalled?limit=100'), []);
  return (
    <section>
      <h1>{t('stalledTitle')}</h1>
      <Loaded state={page}>
        {({ items }) =>
          items.length === 0 ? (
            <p>{t('noStalled')}</p>
          ) : (
            <table>
              <caption>{t('stalledTitle')}</caption>
              <thead>
                <tr>
                  {(
                    [
                      'colTitle',
                      'colTask',
                      'colStage',
                      'colTier',
                      'colWaiting',
                      'colDue',
                      'colEscalation',
                      'colWaitedOn',
                      'colWorkflow',
                      'reassign',
                    ] as const
                  ).map((k) => (
                    <th key={k} scope="col">
                      {t(k)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {items.map((item) => (
                  <StalledRow
                    key={`${item.type}-${item.taskId ?? item.proposalId}-${item.kind}`}
                    item={item}
                    reload={page.reload}
                  />
                ))}
              </tbody>
            </table>
          )
        }
      </Loaded>
      <ReassignAll onDone={page.reload} />
    </section>
  );
}

function StalledRow({ item, reload }: { item: StalledItem; reload: () => void }) {
  const { t, tv, language } = useI18n();
  const [assignee, setAssignee] = useState('');
  const form = useSubmit(['assignee']);
  const id = `reassign-${item.taskId ?? item.proposalId}`;
  return (
    <tr className={item.overdue ? 'overdue' : undefined}>
      <th scope="row">
        <Link href={`/proposals/${item.proposalId}`}>{item.title}</Link> ({item.department})
      </th>
      <td>
        {tv(item.taskId ? 'kind' : 'wait', item.kind)}
        {item.domain && ` · ${tv('domain', item.domain)}`}
      </td>
      <td>
        <Stage status={item.stage} />
      </td>
      <td>
        <TierLabel tier={item.tier} />
      </td>
      <td>{item.waitingDays}</td>
      <td>
        <When iso={item.dueAt} /> {item.overdue && <strong className="badge">{t('overdue')}</strong>}
      </td>
      <td>{item.escalationLevel}</td>
      <td>{item.waitedOn.person ?? recipientName(item.waitedOn.group, language)}</td>
      <td>
        {item.workflowUrl && (
          <a href={item.workflowUrl} target="_blank" rel="noreferrer">
            {t('temporalLink')} <span className="visually-hidden">{item.title}</span>
          </a>
        )}
      </td>
      <td>
        {item.taskId && (
          <form
            className="inline"
            onSubmit={(e) => {
              e.preventDefault();
              void form.run(
                () =>
                  post(`/api/admin/tasks/${item.taskId}/reassign`, { assignee } satisfies Schemas['ReassignDto']).then(reload),
                t('done'),
              );
            }}
          >
            <Problems messages={form.errors.general} />
            <TextField
              id={id}
              label={`${t('reassignTo')} (${item.title})`}
              value={assignee}
              onChange={setAssignee}
              errors={form.errors.fields.assignee}
            />
            <button type="submit" disabled={form.busy}>
              {t('reassign')}
            </button>
            <Notice text={form.notice} />
          </form>
        )}
      </td>
    </tr>
  );
}
