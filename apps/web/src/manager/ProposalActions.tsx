// What the department does to a proposal before deployment: submit the draft, answer a change request, withdraw it.
import { useState } from 'react';
import { post, type Proposal, type Schemas } from '../api/client.js';
import { TextField } from '../components/fields.js';
import { useI18n } from '../i18n/i18n.js';
import { ActionForm } from '../components/ActionForm.js';

export interface ActionProps {
  proposal: Proposal;
  onDone: () => void;
}

export function SubmitForm({ proposal, onDone }: ActionProps) {
  const { t } = useI18n();
  const send = async () => {
    await post(`/api/proposals/${proposal.id}/submit`);
    onDone();
  };
  return (
    <ActionForm action="submit" id="submit-title" title={t('submitTitle')} fields={[]} send={send} submitLabel={t('submit')}>
      {() => <p>{t('submitHint')}</p>}
    </ActionForm>
  );
}

export function ReviseForm({ proposal, onDone }: ActionProps) {
  const { t } = useI18n();
  const [reply, setReply] = useState('');
  const [summary, setSummary] = useState('');
  const send = async () => {
    await post(`/api/proposals/${proposal.id}/revisions`, {
      reply,
      ...(summary ? { changes: { summary } } : {}),
    } satisfies Schemas['RevisionDto']);
    onDone();
  };
  return (
    <ActionForm
      action="revise"
      id="revise-title"
      title={t('reviseTitle')}
      fields={['reply', 'changes', 'answers']}
      send={send}
      submitLabel={t('reviseSend')}
    >
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

export function WithdrawForm({ proposal, onDone }: ActionProps) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const send = async () => {
    await post(`/api/proposals/${proposal.id}/withdraw`, { reason } satisfies Schemas['WithdrawDto']);
    onDone();
  };
  return (
    <ActionForm
      action="withdraw"
      id="withdraw-title"
      title={t('withdrawTitle')}
      fields={['reason']}
      send={send}
      submitLabel={t('withdrawSend')}
      confirm={t('withdrawConfirm')}
    >
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
