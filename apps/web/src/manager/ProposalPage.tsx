// One proposal: where it stands, why its tier, the reviewers' comments, what the caller may do now (exactly
// the API's allowedActions), its timeline and its audit log.
import { get, type Proposal } from '../api/client.js';
import { Link, useLocation } from '../app/router.js';
import { Loaded, useLoad } from '../components/common.js';
import { Stage, TierLabel } from '../components/labels.js';
import { LifecycleSteps } from '../components/LifecycleSteps.js';
import { Tabs } from '../components/krds.js';
import { usePageTitle } from '../app/page-title.js';
import { ReviewComments } from '../components/ReviewComments.js';
import { useI18n } from '../i18n/i18n.js';
import { AuditLog, Timeline } from './History.js';
import { DeploymentForm, IncidentForm } from './OperationForms.js';
import { ReviseForm, SubmitForm, WithdrawForm } from './ProposalActions.js';

export function ProposalPage({ id }: { id: string }) {
  const state = useLoad(() => get<Proposal>(`/api/proposals/${id}`), [id]);
  return <Loaded state={state}>{(proposal) => <ProposalView proposal={proposal} reload={state.reload} />}</Loaded>;
}

function ProposalView({ proposal, reload }: { proposal: Proposal; reload: () => void }) {
  const { t, tv, say } = useI18n();
  const status = proposal.status;
  const may = (action: Proposal['allowedActions'][number]) => proposal.allowedActions.includes(action);
  usePageTitle(proposal.title);
  // A link to a page of the audit log opens its tab.
  const { query } = useLocation();
  return (
    <article>
      <h1>{proposal.title}</h1>
      <LifecycleSteps status={status} />
      <dl className="facts">
        <dt>{t('colStage')}</dt>
        <dd data-testid="proposal-stage">
          <Stage status={status} />
        </dd>
        <dt>{t('colTier')}</dt>
        <dd>
          <TierLabel tier={proposal.tier} />
        </dd>
        <dt>{t('colDepartment')}</dt>
        <dd>{proposal.department}</dd>
        {proposal.workflowUrl && (
          <>
            <dt>{t('colWorkflow')}</dt>
            <dd>
              <a href={proposal.workflowUrl} target="_blank" rel="noreferrer">
                {t('temporalLink')}
              </a>
            </dd>
          </>
        )}
        <dt>{t('previewReviews')}</dt>
        <dd>
          {[...new Set(proposal.tasks.filter((x) => x.kind === 'expert_review').map((x) => tv('domain', x.domain)))].join(', ') ||
            t('none')}
        </dd>
      </dl>
      <p>{proposal.summary}</p>
      {proposal.scores && (
        <section aria-labelledby="reasons-title">
          <h2 id="reasons-title">{t('reasons')}</h2>
          <ul>
            {proposal.scores.reasonCodes.map((reason, i) => (
              <li key={i}>{say(reason)}</li>
            ))}
          </ul>
        </section>
      )}
      {proposal.conditions.length > 0 && (
        <section aria-labelledby="conditions-title">
          <h2 id="conditions-title">{t('conditions')}</h2>
          <ul>
            {proposal.conditions.map((c) => (
              <li key={c.id}>
                {c.text}
                {c.evidence && ` — ${c.evidence}`}
              </li>
            ))}
          </ul>
        </section>
      )}
      {may('edit') && (
        <p data-action="edit">
          <Link href={`/proposals/${proposal.id}/edit`} className="krds-btn medium primary">
            {t('editAnswers')}
          </Link>
        </p>
      )}
      {may('submit') && <SubmitForm proposal={proposal} onDone={reload} />}
      <div className={may('revise') ? 'side-by-side' : undefined}>
        <ReviewComments tasks={proposal.tasks} title={t('tasksAndComments')} />
        {may('revise') && <ReviseForm proposal={proposal} onDone={reload} />}
      </div>
      {may('deploy') && <DeploymentForm proposal={proposal} onDone={reload} />}
      {may('report_incident') && <IncidentForm proposal={proposal} onDone={reload} />}
      {may('withdraw') && <WithdrawForm proposal={proposal} onDone={reload} />}
      <Tabs
        label={t('tabsHistory')}
        initial={query.has('auditPage') ? 1 : 0}
        tabs={[
          { id: 'timeline', title: t('timeline'), panel: <Timeline proposal={proposal} /> },
          { id: 'audit', title: t('auditLog'), panel: <AuditLog proposalId={proposal.id} version={proposal.updatedAt} /> },
        ]}
      />
    </article>
  );
}
