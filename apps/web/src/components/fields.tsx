// Labelled form controls: every control has a visible label, required ones say so, and the API's
// messages for the field are read with it (aria-describedby, aria-invalid).
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n.js';
import { FieldErrors } from './common.js';

interface FieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  errors?: string[];
  required?: boolean;
  multiline?: boolean;
  type?: string;
}

export function RequiredMark({ required }: { required?: boolean }) {
  const { t } = useI18n();
  return required ? <span className="required">({t('required')})</span> : null;
}

export function TextField({ id, label, value, onChange, errors, required, multiline, type = 'text' }: FieldProps) {
  const describedBy = errors?.length ? `${id}-errors` : undefined;
  const common = {
    id,
    value,
    required,
    'aria-required': required || undefined,
    'aria-invalid': errors?.length ? true : undefined,
    'aria-describedby': describedBy,
  };
  return (
    <div className="field">
      <label htmlFor={id}>
        {label} <RequiredMark required={required} />
      </label>
      {multiline ? (
        <textarea {...common} rows={3} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} type={type} onChange={(e) => onChange(e.target.value)} />
      )}
      <FieldErrors id={`${id}-errors`} messages={errors} />
    </div>
  );
}

export function SelectField(props: Omit<FieldProps, 'multiline' | 'type'> & { children: ReactNode }) {
  const { id, label, value, onChange, errors, required, children } = props;
  return (
    <div className="field">
      <label htmlFor={id}>
        {label} <RequiredMark required={required} />
      </label>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errors?.length ? `${id}-errors` : undefined}
      >
        {children}
      </select>
      <FieldErrors id={`${id}-errors`} messages={errors} />
    </div>
  );
}

export function CheckField({
  id,
  label,
  checked,
  onChange,
}: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (v: boolean) => void;
}) {
  return (
    <div className="field check">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
