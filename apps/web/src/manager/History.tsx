// The proposal's timeline (stages with their times) and its audit log (who, when, what, why).
import { type AuditEntry, getCounted, type Proposal, query } from '../api/client.js';
import { useListQuery } from '../app/router.js';
import { Loaded, useLoad } from '../components/common.js';
import { Stage, When } from '../components/labels.js';
import { ListTotal, Pager } from '../components/Pager.js';
import { useI18n } from '../i18n/i18n.js';
import { DataTable } from '../components/krds.js';

const SIZE = 25;

export function Timeline({ proposal }: { proposal: Proposal }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('timeline')}</h2>
      <ol className="timeline">
        {proposal.timeline.map((entry, i) => (
          <li key={i}>
            <When iso={entry.at} /> <Stage status={entry.status} />
          </li>
        ))}
      </ol>
    </section>
  );
}

/** `version` (the proposal's updatedAt) reloads the log when the proposal changes. */
export function AuditLog({ proposalId, version }: { proposalId: string; version: string }) {
  const { t, tv, say } = useI18n();
  const list = useListQuery([], 'auditPage');
  const entries = useLoad(
    () => getCounted<AuditEntry>(`/api/proposals/${proposalId}/audit${query({ limit: SIZE, offset: (list.page - 1) * SIZE })}`),
    [proposalId, version, list.page],
  );
  return (
    <section aria-labelledby="audit-title">
      <h2 id="audit-title">{t('auditLog')}</h2>
      <Loaded state={entries}>
        {({ items: rows, total }) => (
          <>
            <ListTotal total={total} page={list.page} size={SIZE} />
            <DataTable>
              <caption className="visually-hidden">{t('auditLog')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('auditWhen')}</th>
                  <th scope="col">{t('auditActor')}</th>
                  <th scope="col">{t('auditAction')}</th>
                  <th scope="col">{t('colStage')}</th>
                  <th scope="col">{t('auditWhy')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row, i) => (
                  <tr key={i}>
                    <td>
                      <When iso={row.at} />
                    </td>
                    <td>{tv('actor', row.actor)}</td>
                    <td>{tv('auditAction', row.action)}</td>
                    <td>{row.toStatus && <Stage status={row.toStatus} />}</td>
                    <td>{row.detail ? say(row.detail) : row.rationale}</td>
                  </tr>
                ))}
              </tbody>
            </DataTable>
            <Pager total={total} page={list.page} size={SIZE} hrefOf={list.hrefOf} label={t('auditLog')} />
          </>
        )}
      </Loaded>
    </section>
  );
}
