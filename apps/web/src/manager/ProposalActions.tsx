// What the department does to a submitted proposal: answer a change request, withdraw, record the
// deployment with evidence per condition, report an incident.
import { type FormEvent, useState } from 'react';
import { post, type Proposal } from '../api/client.js';
import { Notice, Problems, useSubmit } from '../components/common.js';
import { SelectField, TextField } from '../components/fields.js';
import { useI18n } from '../i18n/i18n.js';

interface Props {
  proposal: Proposal;
  onDone: () => void;
}

/** A form that posts one body and reloads the proposal; its fields' errors sit beside them. */
function ActionForm({
  title,
  fields,
  send,
  submitLabel,
  children,
}: {
  title: string;
  fields: string[];
  send: () => Promise<unknown>;
  submitLabel: string;
  children: (errors: Record<string, string[]>) => React.ReactNode;
}) {
  const { t } = useI18n();
  const form = useSubmit(fields);
  const id = `form-${title.replace(/\W+/g, '-')}`;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void form.run(send, t('done'));
  };
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby={id} className="card">
      <h2 id={id}>{title}</h2>
      <Problems messages={form.errors.general} />
      {children(form.errors.fields)}
      <button type="submit" disabled={form.busy}>
        {submitLabel}
      </button>
      <Notice text={form.notice} />
    </form>
  );
}

export function ReviseForm({ proposal, onDone }: Props) {
  const { t } = useI18n();
  const [reply, setReply] = useState('');
  const [summary, setSummary] = useState('');
  const send = async () => {
    await post(`/api/proposals/${proposal.id}/revisions`, { reply, ...(summary ? { changes: { summary } } : {}) });
    onDone();
  };
  return (
    <ActionForm title={t('reviseTitle')} fields={['reply', 'changes', 'answers']} send={send} submitLabel={t('reviseSend')}>
      {(errors) => (
        <>
          <TextField
            id="revise-reply"
            label={t('reviseReply')}
            value={reply}
            onChange={setReply}
            errors={errors.reply}
            required
            multiline
          />
          <TextField
            id="revise-summary"
            label={t('reviseSummary')}
            value={summary}
            onChange={setSummary}
            errors={errors.changes}
            multiline
          />
        </>
      )}
    </ActionForm>
  );
}

export function WithdrawForm({ proposal, onDone }: Props) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const send = async () => {
    await post(`/api/proposals/${proposal.id}/withdraw`, { reason });
    onDone();
  };
  return (
    <ActionForm title={t('withdrawTitle')} fields={['reason']} send={send} submitLabel={t('withdrawSend')}>
      {(errors) => (
        <TextField
          id="withdraw-reason"
          label={t('withdrawReason')}
          value={reason}
          onChange={setReason}
          errors={errors.reason}
          required
        />
      )}
    </ActionForm>
  );
}

export function DeploymentForm({ proposal, onDone }: Props) {
  const { t } = useI18n();
  const [version, setVersion] = useState('');
  const [evidence, setEvidence] = useState<Record<string, string>>({});
  const send = async () => {
    await post(`/api/proposals/${proposal.id}/deployment`, { version, evidence });
    onDone();
  };
  const fields = ['version', ...proposal.conditions.map((c) => `evidence.${c.id}`), 'evidence'];
  return (
    <ActionForm title={t('deployTitle')} fields={fields} send={send} submitLabel={t('deploySend')}>
      {(errors) => (
        <>
          <TextField
            id="deploy-version"
            label={t('deployVersion')}
            value={version}
            onChange={setVersion}
            errors={errors.version}
            required
          />
          {proposal.conditions.map((c, i) => (
            <TextField
              key={c.id}
              id={`evidence-${i}`}
              label={`${t('deployEvidence')}: ${c.text}`}
              value={evidence[c.id] ?? ''}
              onChange={(v) => setEvidence({ ...evidence, [c.id]: v })}
              errors={errors[`evidence.${c.id}`]}
              required
              multiline
            />
          ))}
        </>
      )}
    </ActionForm>
  );
}

export function IncidentForm({ proposal, onDone }: Props) {
  const { t, tv } = useI18n();
  const [severity, setSeverity] = useState('low');
  const [description, setDescription] = useState('');
  const send = async () => {
    await post(`/api/proposals/${proposal.id}/incidents`, { severity, description });
    onDone();
  };
  return (
    <ActionForm title={t('incidentTitle')} fields={['severity', 'description']} send={send} submitLabel={t('incidentSend')}>
      {(errors) => (
        <>
          <SelectField
            id="incident-severity"
            label={t('incidentSeverity')}
            value={severity}
            onChange={setSeverity}
            errors={errors.severity}
          >
            {['low', 'high', 'critical'].map((s) => (
              <option key={s} value={s}>
                {tv('severity', s)}
              </option>
            ))}
          </SelectField>
          <TextField
            id="incident-description"
            label={t('incidentDescription')}
            value={description}
            onChange={setDescription}
            errors={errors.description}
            required
            multiline
          />
        </>
      )}
    </ActionForm>
  );
}
