// What the department does once a proposal is approved: record the deployment with evidence for every
// condition; and once the system runs: report an incident.
import { useState } from 'react';
import { post, type Schemas } from '../api/client.js';
import { SelectField, TextField } from '../components/fields.js';
import { useI18n } from '../i18n/i18n.js';
import { ActionForm } from '../components/ActionForm.js';
import type { ActionProps } from './ProposalActions.js';

export function DeploymentForm({ proposal, onDone }: ActionProps) {
  const { t } = useI18n();
  const [version, setVersion] = useState('');
  const [evidence, setEvidence] = useState<Record<string, string>>({});
  const send = async () => {
    await post(`/api/proposals/${proposal.id}/deployment`, { version, evidence } satisfies Schemas['DeploymentDto']);
    onDone();
  };
  const fields = ['version', ...proposal.conditions.map((c) => `evidence.${c.id}`), 'evidence'];
  return (
    <ActionForm
      action="deploy"
      id="deploy-title"
      title={t('deployTitle')}
      fields={fields}
      send={send}
      submitLabel={t('deploySend')}
    >
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

export function IncidentForm({ proposal, onDone }: ActionProps) {
  const { t, tv } = useI18n();
  const [severity, setSeverity] = useState<Schemas['IncidentDto']['severity']>('low');
  const [description, setDescription] = useState('');
  const send = async () => {
    await post(`/api/proposals/${proposal.id}/incidents`, { severity, description } satisfies Schemas['IncidentDto']);
    onDone();
  };
  return (
    <ActionForm
      action="report_incident"
      id="incident-title"
      title={t('incidentTitle')}
      fields={['severity', 'description']}
      send={send}
      submitLabel={t('incidentSend')}
    >
      {(errors) => (
        <>
          <SelectField
            id="incident-severity"
            label={t('incidentSeverity')}
            value={severity}
            onChange={(value) => setSeverity(value as typeof severity)}
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
