// The administrator's start: how much work is stalled and what needs attention, the longest waits, and how
// many proposals stand in each stage of the lifecycle (in its order, read from the stage table).
import { LIFECYCLE_PATH } from '#domain/texts';
import { get, type Metrics, type Schemas } from '../api/client.js';
import { Link } from '../app/router.js';
import { Loaded, useLoad } from '../components/common.js';
import { DataTable } from '../components/krds.js';
import { Stage, When } from '../components/labels.js';
import { useI18n } from '../i18n/i18n.js';

const SHOWN = 5;

export function AdminHome() {
  const { t, tv } = useI18n();
  const state = useLoad(
    () => Promise.all([get<Schemas['StalledPageView']>(`/api/admin/stalled?limit=${SHOWN}`), get<Metrics>('/api/admin/metrics')]),
    [],
  );
  return (
    <section aria-labelledby="home-admin">
      <h2 id="home-admin">{t('homeAdmin')}</h2>
      <Loaded state={state}>
        {([stalled, metrics]) => {
          const perStage = new Map<string, number>();
          for (const { stage, count } of metrics.counts) perStage.set(stage, (perStage.get(stage) ?? 0) + count);
          const order = [...LIFECYCLE_PATH, ...[...perStage.keys()].filter((s) => !LIFECYCLE_PATH.includes(s as never))];
          return (
            <>
              <ul className="summary-counts">
                <li className={stalled.total > 0 ? 'urgent' : undefined}>
                  <span className="figure">{stalled.total}</span> {t('homeStalled')}
                </li>
                <li className={stalled.attention.length > 0 ? 'urgent' : undefined}>
                  <span className="figure">{stalled.attention.length}</span> {t('attentionTitle')}
                </li>
              </ul>
              <section aria-labelledby="home-longest">
                <h3 id="home-longest">{t('homeLongest')}</h3>
                {stalled.items.length === 0 ? (
                  <p>{t('noStalled')}</p>
                ) : (
                  <DataTable>
                    <caption className="sr-only">{t('homeLongest')}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('colTitle')}</th>
                        <th scope="col">{t('colStage')}</th>
                        <th scope="col">{t('colWaiting')}</th>
                        <th scope="col">{t('colDue')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {stalled.items.map((item) => (
                        <tr key={`${item.type}-${item.taskId ?? item.proposalId}-${item.kind}`}>
                          <th scope="row">
                            <Link href={`/proposals/${item.proposalId}`}>{item.title}</Link>
                          </th>
                          <td>
                            <Stage status={item.stage} />
                          </td>
                          <td>{item.waitingDays}</td>
                          <td>
                            <When iso={item.dueAt} />
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </DataTable>
                )}
                <p>
                  <Link href="/admin/stalled" className="krds-btn medium secondary">
                    {t('homeToStalled')}
                  </Link>
                </p>
              </section>
              <section aria-labelledby="home-stages">
                <h3 id="home-stages">{t('countsPerStage')}</h3>
                <DataTable>
                  <caption className="sr-only">{t('countsPerStage')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('colStage')}</th>
                      <th scope="col">{t('count')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {order.map((stage) => (
                      <tr key={stage}>
                        <th scope="row">{tv('stage', stage)}</th>
                        <td>{perStage.get(stage) ?? 0}</td>
                      </tr>
                    ))}
                  </tbody>
                </DataTable>
              </section>
            </>
          );
        }}
      </Loaded>
    </section>
  );
}
