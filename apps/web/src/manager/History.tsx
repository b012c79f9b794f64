// The proposal's timeline (stages with their times) and its audit log (who, when, what, why).
import { type AuditEntry, get, type Proposal } from '../api/client.js';
import { Loaded, useLoad } from '../components/common.js';
import { Stage, When } from '../components/labels.js';
import { useI18n } from '../i18n/i18n.js';

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
  const { t, say } = useI18n();
  const entries = useLoad(() => get<AuditEntry[]>(`/api/proposals/${proposalId}/audit`), [proposalId, version]);
  return (
    <section aria-labelledby="audit-title">
      <h2 id="audit-title">{t('auditLog')}</h2>
      <Loaded state={entries}>
        {(rows) => (
          <table>
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
                  <td>{row.actor}</td>
                  <td>{row.action}</td>
                  <td>{row.toStatus && <Stage status={row.toStatus} />}</td>
                  <td>{row.detail ? say(row.detail) : row.rationale}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Loaded>
    </section>
  );
}
