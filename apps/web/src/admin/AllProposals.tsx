// Every proposal of every department, newest change first, each with its workflow in the Temporal UI: where
// an administrator starts when a department asks what became of its proposal.
import { get, type Proposal } from '../api/client.js';
import { Link } from '../app/router.js';
import { Loaded, useLoad } from '../components/common.js';
import { Stage, TierLabel, When } from '../components/labels.js';
import { useI18n } from '../i18n/i18n.js';

export function AllProposals() {
  const { t } = useI18n();
  const page = useLoad(() => get<{ items: Proposal[]; total: number }>('/api/proposals?limit=200'), []);
  return (
    <section>
      <h1>{t('allProposalsTitle')}</h1>
      <Loaded state={page}>
        {({ items, total }) => (
          <table>
            <caption>
              {t('allProposalsTitle')} ({items.length} / {total})
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('colTitle')}</th>
                <th scope="col">{t('colDepartment')}</th>
                <th scope="col">{t('colStage')}</th>
                <th scope="col">{t('colTier')}</th>
                <th scope="col">{t('colUpdated')}</th>
                <th scope="col">{t('colWorkflow')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((p) => (
                <tr key={p.id}>
                  <th scope="row">
                    <Link href={`/proposals/${p.id}`}>{p.title}</Link>
                  </th>
                  <td>{p.department}</td>
                  <td>
                    <Stage status={p.status} />
                  </td>
                  <td>
                    <TierLabel tier={p.tier} />
                  </td>
                  <td>
                    <When iso={p.updatedAt} />
                  </td>
                  <td>
                    {p.workflowUrl && (
                      <a href={p.workflowUrl} target="_blank" rel="noreferrer">
                        {t('temporalLink')} <span className="visually-hidden">{p.title}</span>
                      </a>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Loaded>
    </section>
  );
}
