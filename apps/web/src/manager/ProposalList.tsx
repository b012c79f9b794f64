// The department's proposals: stage, tier, and what is awaited from the department.
import { get, type Proposal } from '../api/client.js';
import { Link } from '../app/router.js';
import { Loaded, useLoad } from '../components/common.js';
import { type Column, ProposalTable, STAGE, TIER, UPDATED } from '../components/ProposalTable.js';
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
  const awaited: Column = { header: 'colAwaited', cell: (p) => t(AWAITED[p.status] ?? 'awaitedNothing') };
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
            <ProposalTable
              caption={t('proposalsTitle')}
              items={items}
              columns={[STAGE, TIER, awaited, UPDATED]}
              rowClass={(p) => (AWAITED[p.status] ? 'awaited' : undefined)}
            />
          )
        }
      </Loaded>
    </section>
  );
}
