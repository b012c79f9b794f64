// An absent colleague: all their open tasks to one person; those the new assignee may not take stay, with why.
import { type FormEvent, useState } from 'react';
import { post, type Schemas } from '../api/client.js';
import { Problems, useSubmit } from '../components/common.js';
import { TextField } from '../components/fields.js';
import { useI18n } from '../i18n/i18n.js';

export function ReassignAll({ onDone }: { onDone: () => void }) {
  const { t } = useI18n();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [result, setResult] = useState<Schemas['ReassignAllView']>();
  const form = useSubmit(['assignee', 'id']);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void form.run(async () => {
      setResult(
        await post(`/api/admin/users/${encodeURIComponent(from.trim())}/reassign-all`, {
          assignee: to.trim(),
        } satisfies Schemas['ReassignDto']),
      );
      onDone();
    });
  };
  return (
    <form onSubmit={onSubmit} noValidate className="card" aria-labelledby="reassign-all-title">
      <h2 id="reassign-all-title">{t('reassignAllTitle')}</h2>
      <Problems messages={form.errors.general} />
      <TextField
        id="reassign-from"
        label={t('reassignFrom')}
        value={from}
        onChange={setFrom}
        errors={form.errors.fields.id}
        required
      />
      <TextField
        id="reassign-to"
        label={t('reassignAllTo')}
        value={to}
        onChange={setTo}
        errors={form.errors.fields.assignee}
        required
      />
      <button type="submit" disabled={form.busy}>
        {t('reassignAllSend')}
      </button>
      {result && (
        <div role="status">
          <h3>{t('reassignedAll')}</h3>
          <p>
            {t('reassign')}: {result.moved.length}
          </p>
          <ul>
            {result.refused.map((r) => (
              <li key={r.taskId}>{r.reason}</li>
            ))}
          </ul>
        </div>
      )}
    </form>
  );
}
