// The department's proposals: stage, tier, and what is awaited from the department.
import { Link } from '../app/router.js';
import { PagedProposals } from '../components/PagedProposals.js';
import { STAGE, TIER, UPDATED } from '../components/ProposalTable.js';
import { useI18n } from '../i18n/i18n.js';
import { AWAITED, AWAITED_COLUMN } from './awaited.js';

export function ProposalList() {
  const { t } = useI18n();
  return (
    <section>
      <h1>{t('proposalsTitle')}</h1>
      <p>
        <Link href="/proposals/new" className="krds-btn medium primary">
          {t('navNewProposal')}
        </Link>
      </p>
      <PagedProposals
        caption={t('proposalsTitle')}
        columns={[STAGE, TIER, AWAITED_COLUMN, UPDATED]}
        empty={t('noProposals')}
        rowClass={(p) => (AWAITED[p.status] ? 'awaited' : undefined)}
      />
    </section>
  );
}
