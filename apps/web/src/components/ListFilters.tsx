// The filters the lists share (stage, tier, department, sort), each a labelled control bound to the URL's query.
import { AWAITING, TERMS } from '#domain/texts';
import type { ReactNode } from 'react';
import { type MessageKey, useI18n } from '../i18n/i18n.js';
import { SelectField, TextField } from './fields.js';

const ALL_STAGES = Object.keys(TERMS.stage);

interface Bound {
  id: string;
  value: string;
  onChange: (value: string) => void;
}

export function StageFilter({ stages = ALL_STAGES, ...bound }: Bound & { stages?: string[] }) {
  const { t, tv } = useI18n();
  return (
    <SelectField {...bound} label={t('colStage')}>
      <option value="">{t('all')}</option>
      {stages.map((s) => (
        <option key={s} value={s}>
          {tv('stage', s)}
        </option>
      ))}
    </SelectField>
  );
}

export function TierFilter(bound: Bound) {
  const { t, tv } = useI18n();
  return (
    <SelectField {...bound} label={t('colTier')}>
      <option value="">{t('all')}</option>
      {['1', '2', '3', '4'].map((tier) => (
        <option key={tier} value={tier}>
          {tv('tier', tier)}
        </option>
      ))}
    </SelectField>
  );
}

/** Whose move the stage awaits (the stage table's, AWAITING in #domain). */
export function AwaitingFilter(bound: Bound) {
  const { t } = useI18n();
  return (
    <SelectField {...bound} label={t('filterAwaiting')}>
      <option value="">{t('all')}</option>
      {AWAITING.map((awaiting) => (
        <option key={awaiting} value={awaiting}>
          {t(`awaiting_${awaiting}`)}
        </option>
      ))}
    </SelectField>
  );
}

/** A department code: upper case, as the API keeps them. */
export function DepartmentFilter({ onChange, ...bound }: Bound) {
  const { t } = useI18n();
  return <TextField {...bound} label={t('colDepartment')} onChange={(v) => onChange(v.trim().toUpperCase())} />;
}

/** The first of `sorts` is the API's default, so it stays out of the URL. */
export function SortFilter({ sorts, value, onChange, id }: Bound & { sorts: readonly string[] }) {
  const { t } = useI18n();
  return (
    <SelectField id={id} label={t('sortBy')} value={value || sorts[0]} onChange={(v) => onChange(v === sorts[0] ? '' : v)}>
      {sorts.map((s) => (
        <option key={s} value={s}>
          {t(`sort_${s}` as MessageKey)}
        </option>
      ))}
    </SelectField>
  );
}

export function Filters({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return (
    <form className="filters" aria-label={t('filter')} onSubmit={(e) => e.preventDefault()}>
      {children}
    </form>
  );
}
