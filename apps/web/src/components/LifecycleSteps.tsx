// Where a proposal stands in its lifecycle and what may come next, as KRDS's step indicator: the main path
// read from the domain's stage table (#domain/texts lifecycleSteps), a detour or an end said beside it.
import { lifecycleSteps, type ProposalStatus } from '#domain/texts';
import { useI18n } from '../i18n/i18n.js';
import { StepIndicator } from './krds.js';

export function LifecycleSteps({ status }: { status: ProposalStatus }) {
  const { t, tv } = useI18n();
  const steps = lifecycleSteps(status);
  // Finished off the path (rejected, withdrawn, retired): no step is current.
  const current = steps.final && !steps.onPath ? -1 : steps.step;
  return (
    <section aria-labelledby="steps-title" className="lifecycle-steps">
      <h2 id="steps-title">{t('stepsTitle')}</h2>
      <StepIndicator steps={steps.path.map((stage) => tv('stage', stage))} current={current} />
      <p data-testid="lifecycle-now">
        {t('stepsNow')}: <strong>{tv('stage', status)}</strong>
        {steps.final ? ` — ${t('stepsEnded')}` : !steps.onPath ? ` — ${t('stepsDetour')}` : ''}
      </p>
      {steps.next.length > 0 && (
        <p data-testid="lifecycle-next">
          {t('stepsNext')}: {steps.next.map((stage) => tv('stage', stage)).join(', ')}
        </p>
      )}
    </section>
  );
}
