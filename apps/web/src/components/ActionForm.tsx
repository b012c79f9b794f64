// The frame of the console's action forms (the department's, the reviewer's decision): a titled form that
// sends one request, with its errors beside the fields and a notice once done.
import { type FormEvent, type ReactNode, useState } from 'react';
import { Notice, Problems, useSubmit } from './common.js';
import { useI18n } from '../i18n/i18n.js';
import { Dialog } from './krds.js';

/** A form that sends one request; its fields' errors sit beside them, `doneText` (or "done") once it went through. */
export function ActionForm({
  action,
  id,
  title,
  fields,
  send,
  submitLabel,
  doneText,
  confirm,
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
  /** A step that cannot be undone asks first, in a dialog with this question. */
  confirm?: string;
  children: (errors: Record<string, string[]>) => ReactNode;
}) {
  const { t } = useI18n();
  const form = useSubmit(fields);
  const [asking, setAsking] = useState(false);
  const go = () => void form.run(send, doneText ?? t('done'));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (confirm) setAsking(true);
    else go();
  };
  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate aria-labelledby={id} className="card" data-action={action}>
      <h2 id={id}>{title}</h2>
      <Problems messages={form.errors.general} />
      {children(form.errors.fields)}
      <button type="submit" className="krds-btn medium primary" disabled={form.busy}>
        {submitLabel}
      </button>
      <Notice text={form.notice} />
      {confirm && (
        <Dialog
          open={asking}
          title={title}
          onClose={() => setAsking(false)}
          actions={
            <>
              <button type="button" className="krds-btn medium secondary" onClick={() => setAsking(false)}>
                {t('cancel')}
              </button>
              <button type="button" className="krds-btn medium primary" onClick={() => (setAsking(false), go())}>
                {submitLabel}
              </button>
            </>
          }
        >
          <p>{confirm}</p>
        </Dialog>
      )}
    </form>
  );
}
