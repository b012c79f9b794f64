// The department's answers, question by question, in the reader's language.
import type { Proposal, Questionnaire } from '../api/client.js';
import { useI18n } from '../i18n/i18n.js';

export function AssessmentAnswers({ proposal, questionnaire }: { proposal: Proposal; questionnaire: Questionnaire }) {
  const { t, label } = useI18n();
  const answers = proposal.answers as Record<string, string | string[]>;
  return (
    <section aria-labelledby="answers-title">
      <h2 id="answers-title">{t('assessment')}</h2>
      <p>{proposal.purpose}</p>
      {questionnaire.sections.map((section) => (
        <details key={section.id}>
          <summary>{label(section.title)}</summary>
          <dl>
            {section.questions
              .filter((q) => answers[q.id] !== undefined)
              .map((q) => {
                const chosen = ([] as string[]).concat(answers[q.id]);
                const text =
                  q.kind === 'text'
                    ? chosen.join('')
                    : chosen
                        .map((id) => q.options.find((o) => o.id === id))
                        .map((o) => (o ? label(o.label) : ''))
                        .join(', ');
                return (
                  <div key={q.id}>
                    <dt>{label(q.text)}</dt>
                    <dd>{text}</dd>
                  </div>
                );
              })}
          </dl>
        </details>
      ))}
    </section>
  );
}
