// The frame of the console's action forms (the department's, the reviewer's decision): a titled form that
// sends one request, with its errors beside the fields and a notice once done.
import { type FormEvent, type ReactNode } from 'react';
import { Notice, Problems, useSubmit } from './common.js';
import { useI18n } from '../i18n/i18n.js';

/** A form that sends one request; its fields' errors sit beside them, `doneText` (or "done") once it went through. */
export function ActionForm({
  action,
  id,
  title,
  fields,
  send,
  submitLabel,
  doneText,
  children,
}: {
  /** The API's name of the step (an entry of the proposal's allowedActions): tests find the form by it. */
  action?: string;
  id: string;
  title: string;
  fields: string[];
  send: () => Promise<unknown>;
  submitLabel: string;
  doneText?: string;
  children: (errors: Record<string, string[]>) => ReactNode;
}) {
  const { t } = useI18n();
  const form = useSubmit(fields);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void form.run(send, doneText ?? t('done'));
  };
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby={id} className="card" data-action={action}>
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
