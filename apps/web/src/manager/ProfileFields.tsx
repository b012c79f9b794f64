// The form controls of the proposal's own fields, shared by the new-proposal and the edit page.
import { type Profile } from './profile.js';
import { CheckField, SelectField, TextField } from '../components/fields.js';
import { useI18n } from '../i18n/i18n.js';

interface Props {
  value: Profile;
  onChange: (value: Profile) => void;
  errors: Record<string, string[]>;
  areas: { id: string; label: { ko: string; en: string } }[];
}

export function ProfileFields({ value, onChange, errors, areas }: Props) {
  const { t, tv, label } = useI18n();
  const set =
    <K extends keyof Profile>(key: K) =>
    (v: Profile[K]) =>
      onChange({ ...value, [key]: v });
  return (
    <fieldset>
      <legend>{t('overview')}</legend>
      <TextField id="title" label={t('fieldTitle')} value={value.title} onChange={set('title')} errors={errors.title} required />
      <TextField
        id="summary"
        label={t('fieldSummary')}
        value={value.summary}
        onChange={set('summary')}
        errors={errors.summary}
        required
        multiline
      />
      <TextField
        id="purpose"
        label={t('fieldPurpose')}
        value={value.purpose}
        onChange={set('purpose')}
        errors={errors.purpose}
        required
        multiline
      />
      <SelectField
        id="systemType"
        label={t('fieldSystemType')}
        value={value.systemType}
        onChange={set('systemType') as never}
        errors={errors.systemType}
      >
        {['in_house', 'vendor', 'generative'].map((v) => (
          <option key={v} value={v}>
            {tv('systemType', v)}
          </option>
        ))}
      </SelectField>
      {value.systemType !== 'in_house' && (
        <TextField
          id="vendor"
          label={t('fieldVendor')}
          value={value.vendor ?? ''}
          onChange={set('vendor')}
          errors={errors.vendor}
        />
      )}
      <SelectField
        id="automation"
        label={t('fieldAutomation')}
        value={value.automation}
        onChange={set('automation') as never}
        errors={errors.automation}
      >
        {['advisory', 'human_in_the_loop', 'fully_automated'].map((v) => (
          <option key={v} value={v}>
            {tv('automation', v)}
          </option>
        ))}
      </SelectField>
      <SelectField
        id="highImpactArea"
        label={t('fieldHighImpactArea')}
        value={value.highImpactArea ?? ''}
        onChange={(v) => set('highImpactArea')(v || null)}
        errors={errors.highImpactArea}
      >
        <option value="">{t('none')}</option>
        {areas.map((a) => (
          <option key={a.id} value={a.id}>
            {label(a.label)}
          </option>
        ))}
      </SelectField>
      <CheckField id="personalData" label={t('fieldPersonalData')} checked={value.personalData} onChange={set('personalData')} />
      <CheckField
        id="vulnerable"
        label={t('fieldVulnerable')}
        checked={value.affectsVulnerableGroups}
        onChange={set('affectsVulnerableGroups')}
      />
      <TextField
        id="overseerContact"
        label={t('fieldOverseer')}
        value={value.overseerContact ?? ''}
        onChange={set('overseerContact')}
        errors={errors.overseerContact}
      />
    </fieldset>
  );
}
