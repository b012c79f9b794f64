// Labelled form controls in KRDS's form markup (html/code/text_input_state.html: form-group, form-tit,
// form-conts, krds-input): every control has a visible label, required ones say so, and the API's messages
// for the field are read with it (aria-describedby, aria-invalid).
import { type ReactNode, useState } from 'react';
import { parseDay } from '../i18n/dates.js';
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
  hint?: string;
}

export function RequiredMark({ required }: { required?: boolean }) {
  const { t } = useI18n();
  return required ? <span className="required">({t('required')})</span> : null;
}

/** The frame of one control: its label above, its hint and errors below. */
function FormGroup({
  id,
  label,
  required,
  errors,
  hint,
  children,
}: Omit<FieldProps, 'value' | 'onChange'> & { children: ReactNode }) {
  return (
    <div className="form-group">
      <div className="form-tit">
        <label htmlFor={id}>
          {label} <RequiredMark required={required} />
        </label>
      </div>
      <div className={`form-conts${errors?.length ? ' is-error' : ''}`}>{children}</div>
      {hint && (
        <p id={`${id}-hint`} className="form-hint">
          {hint}
        </p>
      )}
      <FieldErrors id={`${id}-errors`} messages={errors} />
    </div>
  );
}

const describedBy = (id: string, errors?: string[], hint?: string) =>
  [hint && `${id}-hint`, errors?.length && `${id}-errors`].filter(Boolean).join(' ') || undefined;

export function TextField(props: FieldProps) {
  const { id, value, onChange, errors, required, multiline, type = 'text', hint } = props;
  const common = {
    id,
    value,
    required,
    className: 'krds-input',
    'aria-required': required || undefined,
    'aria-invalid': errors?.length ? true : undefined,
    'aria-describedby': describedBy(id, errors, hint),
  };
  return (
    <FormGroup {...props}>
      {multiline ? (
        <textarea {...common} rows={3} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} type={type} onChange={(e) => onChange(e.target.value)} />
      )}
    </FormGroup>
  );
}

/**
 * A day typed as `2026. 12. 1.` (KRDS's date input: text, not the browser's picker, whose order follows the
 * browser's locale). `onChange` gets `YYYY-MM-DD`, or '' while the text is empty or no day.
 */
export function DateField({ value, onChange, ...props }: FieldProps) {
  const { t } = useI18n();
  const [text, setText] = useState(value ? value.replaceAll('-', '. ') + '.' : '');
  const day = parseDay(text);
  const wrong = text.trim() !== '' && !day;
  return (
    <TextField
      {...props}
      value={text}
      hint={t('dateHint')}
      errors={wrong ? [t('dateInvalid'), ...(props.errors ?? [])] : props.errors}
      onChange={(typed) => {
        setText(typed);
        onChange(parseDay(typed) ?? '');
      }}
    />
  );
}

export function SelectField(props: Omit<FieldProps, 'multiline' | 'type'> & { children: ReactNode }) {
  const { id, value, onChange, errors, hint, children } = props;
  return (
    <FormGroup {...props}>
      <select
        id={id}
        className={`krds-form-select${value ? ' completed' : ''}`}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, errors, hint)}
      >
        {children}
      </select>
    </FormGroup>
  );
}

/** html/code/checkbox.html */
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
    <div className="krds-form-check">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
