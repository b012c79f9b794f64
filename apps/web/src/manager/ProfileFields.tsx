// The proposal's own fields (DESIGN §5.1 create/patch), shared by the new-proposal and the edit page.
import type { Proposal, ProposalDraft } from '../api/client.js';
import { CheckField, SelectField, TextField } from '../components/fields.js';
import { useI18n } from '../i18n/i18n.js';

export type Profile = Omit<ProposalDraft, 'answers'>;
export const PROFILE_FIELDS = [
  'title',
  'summary',
  'purpose',
  'systemType',
  'vendor',
  'automation',
  'highImpactArea',
  'overseerContact',
];

export const emptyProfile = (): Profile => ({
  title: '',
  summary: '',
  purpose: '',
  systemType: 'in_house',
  automation: 'advisory',
  highImpactArea: null,
  personalData: false,
  affectsVulnerableGroups: false,
});

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

/** Optional text fields left empty are not sent (the API takes them as absent, not as blank). */
export function withoutBlanks(profile: Profile): Profile {
  const { vendor, overseerContact, ...rest } = profile;
  return {
    ...rest,
    ...(vendor && rest.systemType !== 'in_house' ? { vendor } : {}),
    ...(overseerContact ? { overseerContact } : {}),
  };
}

/** The editable fields of a stored proposal. */
export const profileOf = (p: Proposal): Profile => ({
  title: p.title,
  summary: p.summary,
  purpose: p.purpose,
  systemType: p.systemType as Profile['systemType'],
  vendor: p.vendor ?? undefined,
  automation: p.automation as Profile['automation'],
  highImpactArea: p.highImpactArea ?? null,
  personalData: p.personalData,
  affectsVulnerableGroups: p.affectsVulnerableGroups,
  overseerContact: p.overseerContact ?? undefined,
});
