// The decision on a task: the choices its kind takes; a comment for anything but approve; conditions for a
// conditional approval, one per line.
import { useState } from 'react';
import { post, type Task, type Schemas } from '../api/client.js';
import { ActionForm } from '../components/ActionForm.js';
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
  const commentRequired = decision !== '' && decision !== 'approve' && decision !== 'pass';
  const send = () => {
    const list = conditions
      .split('\n')
      .map((c) => c.trim())
      .filter(Boolean);
    const body: Schemas['CompleteTaskDto'] = {
      decision,
      comment,
      ...(decision === 'approve_with_conditions' ? { conditions: list } : {}),
    };
    return post(`/api/tasks/${task.id}/complete`, body).then(onDone);
  };
  return (
    <ActionForm
      id="decision-title"
      title={t('decisionForm')}
      fields={['decision', 'comment', 'conditions']}
      send={send}
      submitLabel={t('sendDecision')}
      doneText={t('decisionSent')}
    >
      {(errors) => (
        <>
          <fieldset aria-describedby={errors.decision ? 'decision-errors' : undefined}>
            <legend>{t('decision')}</legend>
            {choices.map((choice) => (
              <div key={choice} className="krds-form-check">
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
            <FieldErrors id="decision-errors" messages={errors.decision} />
          </fieldset>
          <p className="hint">{t('commentRequired')}</p>
          <TextField
            id="decision-comment"
            label={t('comment')}
            value={comment}
            onChange={setComment}
            errors={errors.comment}
            required={commentRequired}
            multiline
          />
          {decision === 'approve_with_conditions' && (
            <TextField
              id="decision-conditions"
              label={t('conditionsLabel')}
              value={conditions}
              onChange={setConditions}
              errors={errors.conditions}
              required
              multiline
            />
          )}
        </>
      )}
    </ActionForm>
  );
}
