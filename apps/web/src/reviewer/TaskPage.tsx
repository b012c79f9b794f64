// A review task: the assessment as the department answered it, the scores and the reasons for the tier,
// the earlier rounds' comments, and the decision form.
import { get, post, type Proposal, type Questionnaire, type Task } from '../api/client.js';
import { useSession } from '../app/session.js';
import { Loaded, Problems, useLoad, useSubmit } from '../components/common.js';
import { Stage, TierLabel, When } from '../components/labels.js';
import { ReviewComments } from '../components/ReviewComments.js';
import { LifecycleSteps } from '../components/LifecycleSteps.js';
import { usePageTitle } from '../app/page-title.js';
import { useI18n } from '../i18n/i18n.js';
import { AssessmentAnswers } from './AssessmentAnswers.js';
import { DecisionForm } from './DecisionForm.js';

export function TaskPage({ proposalId, taskId }: { proposalId: string; taskId: string }) {
  const state = useLoad(
    () => Promise.all([get<Proposal>(`/api/proposals/${proposalId}`), get<Questionnaire>('/api/questionnaire')]),
    [proposalId],
  );
  return (
    <Loaded state={state}>
      {([proposal, questionnaire]) => (
        <TaskView proposal={proposal} questionnaire={questionnaire} taskId={taskId} reload={state.reload} />
      )}
    </Loaded>
  );
}

function TaskView({
  proposal,
  questionnaire,
  taskId,
  reload,
}: {
  proposal: Proposal;
  questionnaire: Questionnaire;
  taskId: string;
  reload: () => void;
}) {
  const { t, tv, say } = useI18n();
  const { session } = useSession();
  const claim = useSubmit([]);
  const task = proposal.tasks.find((x) => x.id === taskId) as Task | undefined;
  usePageTitle(task ? `${tv('kind', task.kind)} · ${tv('domain', task.domain)}: ${proposal.title}` : undefined);
  if (!task) return <h1>{t('notFound')}</h1>;
  const open = task.status === 'open' || task.status === 'claimed';
  const act = (action: 'claim' | 'release') => void claim.run(() => post(`/api/tasks/${task.id}/${action}`).then(reload));
  return (
    <article>
      <h1>
        {tv('kind', task.kind)} · {tv('domain', task.domain)}: {proposal.title}
      </h1>
      <LifecycleSteps status={proposal.status} />
      <dl className="facts">
        <dt>{t('colStage')}</dt>
        <dd>
          <Stage status={proposal.status} />
        </dd>
        <dt>{t('colTier')}</dt>
        <dd>
          <TierLabel tier={proposal.tier} />
        </dd>
        <dt>{t('round')}</dt>
        <dd>{task.round}</dd>
        <dt>{t('colDue')}</dt>
        <dd>
          <When iso={task.dueAt} />
        </dd>
        <dt>{t('colAssignee')}</dt>
        <dd>{task.assignee ?? t('none')}</dd>
      </dl>
      <Problems messages={claim.errors.general} />
      {open && task.assignee === session?.id && (
        <button type="button" className="krds-btn medium secondary" onClick={() => act('release')}>
          {t('release')}
        </button>
      )}
      {open && !task.assignee && (
        <button type="button" className="krds-btn medium secondary" onClick={() => act('claim')}>
          {t('claim')}
        </button>
      )}
      {proposal.scores && (
        <section aria-labelledby="scores-title">
          <h2 id="scores-title">{t('scores')}</h2>
          <p>
            {proposal.scores.impact}/{proposal.scores.impactMax} · {proposal.scores.mitigation}/{proposal.scores.mitigationMax} ·{' '}
            {Math.round(proposal.scores.final * 1000) / 10}%
          </p>
          <h3>{t('reasons')}</h3>
          <ul>
            {proposal.scores.reasonCodes.map((reason, i) => (
              <li key={i}>{say(reason)}</li>
            ))}
          </ul>
        </section>
      )}
      <ReviewComments tasks={proposal.tasks} title={t('earlierRounds')} beforeRound={task.round} />
      {open ? <DecisionForm task={task} onDone={reload} /> : task.decision && <p role="status">{t('decisionSent')}</p>}
      <AssessmentAnswers proposal={proposal} questionnaire={questionnaire} />
    </article>
  );
}
