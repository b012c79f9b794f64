// The decision on a task: the choices its kind takes; a comment for anything but approve; conditions for a
// conditional approval, one per line.
import { type FormEvent, useState } from 'react';
import { post, type Task, type Schemas } from '../api/client.js';
import { Notice, Problems, useSubmit } from '../components/common.js';
import { FieldErrors } from '../components/common.js';
import { TextField } from '../components/fields.js';
import { useI18n } from '../i18n/i18n.js';

const DECISIONS: Record<string, string[]> = {
  expert_review: ['approve', 'request_changes', 'reject'],
  ethics_signoff: ['approve', 'approve_with_conditions', 'reject'],
  reaudit: ['pass', 'remediate', 'suspend', 'retire'],
};

export function DecisionForm({ task, onDone }: { task: Task; onDone: () => void }) {
  const { t, tv } = useI18n();
  const choices = DECISIONS[task.kind] ?? [];
  const [decision, setDecision] = useState('');
  const [comment, setComment] = useState('');
  const [conditions, setConditions] = useState('');
  const form = useSubmit(['decision', 'comment', 'conditions']);
  const commentRequired = decision !== '' && decision !== 'approve' && decision !== 'pass';
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const list = conditions
      .split('\n')
      .map((c) => c.trim())
      .filter(Boolean);
    const body: Schemas['CompleteTaskDto'] = {
      decision,
      comment,
      ...(decision === 'approve_with_conditions' ? { conditions: list } : {}),
    };
    void form.run(() => post(`/api/tasks/${task.id}/complete`, body).then(onDone), t('decisionSent'));
  };
  return (
    <form onSubmit={onSubmit} noValidate className="card" aria-labelledby="decision-title">
      <h2 id="decision-title">{t('decisionForm')}</h2>
      <Problems messages={form.errors.general} />
      <fieldset aria-describedby={form.errors.fields.decision ? 'decision-errors' : undefined}>
        <legend>{t('decision')}</legend>
        {choices.map((choice) => (
          <div key={choice} className="choice">
            <input
              id={`decision-${choice}`}
              type="radio"
              name="decision"
              value={choice}
              checked={decision === choice}
              onChange={() => setDecision(choice)}
            />
            <label htmlFor={`decision-${choice}`}>{tv('decision', choice)}</label>
          </div>
        ))}
        <FieldErrors id="decision-errors" messages={form.errors.fields.decision} />
      </fieldset>
      <p className="hint">{t('commentRequired')}</p>
      <TextField
        id="decision-comment"
        label={t('comment')}
        value={comment}
        onChange={setComment}
        errors={form.errors.fields.comment}
        required={commentRequired}
        multiline
      />
      {decision === 'approve_with_conditions' && (
        <TextField
          id="decision-conditions"
          label={t('conditionsLabel')}
          value={conditions}
          onChange={setConditions}
          errors={form.errors.fields.conditions}
          required
          multiline
        />
      )}
      <button type="submit" disabled={form.busy}>
        {t('sendDecision')}
      </button>
      <Notice text={form.notice} />
    </form>
  );
}
