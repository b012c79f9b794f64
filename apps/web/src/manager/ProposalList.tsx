// The department's proposals: stage, tier, and what is awaited from the department.
import { get, type Proposal } from '../api/client.js';
import { Link } from '../app/router.js';
import { Loaded, useLoad } from '../components/common.js';
import { Stage, TierLabel, When } from '../components/labels.js';
import { type MessageKey, useI18n } from '../i18n/i18n.js';

const AWAITED: Record<string, MessageKey> = {
  DRAFT: 'awaited_DRAFT',
  REVISION_REQUESTED: 'awaited_REVISION_REQUESTED',
  APPROVED: 'awaited_APPROVED',
  REMEDIATION: 'awaited_REMEDIATION',
};

export function ProposalList() {
  const { t } = useI18n();
  const page = useLoad(() => get<{ items: Proposal[] }>('/api/proposals?limit=200'), []);
  return (
    <section>
      <h1>{t('proposalsTitle')}</h1>
      <p>
        <Link href="/proposals/new" className="button">
          {t('navNewProposal')}
        </Link>
      </p>
      <Loaded state={page}>
        {({ items }) =>
          items.length === 0 ? (
            <p>{t('noProposals')}</p>
          ) : (
            <table>
              <caption>{t('proposalsTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('colTitle')}</th>
                  <th scope="col">{t('colStage')}</th>
                  <th scope="col">{t('colTier')}</th>
                  <th scope="col">{t('colAwaited')}</th>
                  <th scope="col">{t('colUpdated')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((p) => (
                  <tr key={p.id} className={AWAITED[p.status] ? 'awaited' : undefined}>
                    <th scope="row">
                      <Link href={`/proposals/${p.id}`}>{p.title}</Link>
                    </th>
                    <td>
                      <Stage status={p.status} />
                    </td>
                    <td>
                      <TierLabel tier={p.tier} />
                    </td>
                    <td>{t(AWAITED[p.status] ?? 'awaitedNothing')}</td>
                    <td>
                      <When iso={p.updatedAt} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </Loaded>
    </section>
  );
}
