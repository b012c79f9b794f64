// Every proposal of every department, newest change first, each with its workflow in the Temporal UI: where
// an administrator starts when a department asks what became of its proposal.
import { PagedProposals } from '../components/PagedProposals.js';
import { type Column, STAGE, TIER, UPDATED } from '../components/ProposalTable.js';
import { useI18n } from '../i18n/i18n.js';

export function AllProposals() {
  const { t } = useI18n();
  const department: Column = { header: 'colDepartment', cell: (p) => p.department };
  const workflow: Column = {
    header: 'colWorkflow',
    cell: (p) =>
      p.workflowUrl && (
        <a href={p.workflowUrl} target="_blank" rel="noreferrer">
          {t('temporalLink')} <span className="visually-hidden">{p.title}</span>
        </a>
      ),
  };
  return (
    <section>
      <h1>{t('allProposalsTitle')}</h1>
      <PagedProposals
        caption={t('allProposalsTitle')}
        columns={[department, STAGE, TIER, UPDATED, workflow]}
        byDepartment
        empty={t('noProposals')}
      />
    </section>
  );
}
