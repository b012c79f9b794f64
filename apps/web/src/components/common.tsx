// Small pieces every page uses: loading of data, error lists, labelled fields with their API errors.
import { type ReactNode, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { announce } from '../app/announcer.js';
import { loadFont } from '../app/font.js';
import { ApiError } from '../api/errors.js';
import { useI18n } from '../i18n/i18n.js';
import { Alert } from './krds.js';

/** Data from the API for a page: reloads when `deps` change, and on reload(). */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]): { data?: T; error?: unknown; reload: () => void } {
  const [state, setState] = useState<{ data?: T; error?: unknown }>({});
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let live = true;
    load().then(
      (data) => live && setState({ data }),
      (error) => live && setState({ error }),
    );
    return () => {
      live = false;
    };
  }, [...deps, tick]);
  return { ...state, reload: useCallback(() => setTick((n) => n + 1), []) };
}

/** What went wrong, announced to screen readers. */
export function Problems({ messages }: { messages: string[] }) {
  const { t } = useI18n();
  if (messages.length === 0) return null;
  return (
    <Alert tone="danger" title={t('errorTitle')} className="problems">
      <ul>
        {messages.map((m) => (
          <li key={m}>{m}</li>
        ))}
      </ul>
    </Alert>
  );
}

const messagesOf = (error: unknown): string[] =>
  error instanceof ApiError ? error.messages : error ? [String((error as Error).message ?? error)] : [];

/** A page's data, or its loading line or its error. */
export function Loaded<T>({ state, children }: { state: { data?: T; error?: unknown }; children: (data: T) => ReactNode }) {
  const { t } = useI18n();
  const shown = state.data !== undefined;
  useEffect(() => {
    if (shown) loadFont();
  }, [shown]);
  if (state.error) return <Problems messages={messagesOf(state.error)} />;
  if (!shown) return <p aria-live="polite">{t('loading')}</p>;
  return <>{children(state.data as T)}</>;
}

/** The errors of one field, tied to it by id (aria-describedby) so a screen reader reads them with it. */
export function FieldErrors({ id, messages }: { id: string; messages?: string[] }) {
  if (!messages?.length) return null;
  return (
    <ul id={id} className="form-hint-invalid field-errors">
      {messages.map((m) => (
        <li key={m}>{m}</li>
      ))}
    </ul>
  );
}

/**
 * After a form went through or was refused, the focus goes to what it says (the first field at fault, the
 * error box, the notice) and the result is announced; where the form is gone (its step is done), to the page's
 * heading.
 */
function focusResult(form: HTMLElement | null, failed: boolean) {
  const target =
    form?.isConnected &&
    (failed
      ? form.querySelector<HTMLElement>('[aria-invalid="true"], .problems')
      : form.querySelector<HTMLElement>('.notice:not(:empty)'));
  (target || document.querySelector<HTMLElement>('#main h1') || document.getElementById('main'))?.focus();
}

/** A form's submit state: busy, the errors per field, the rest, and a success notice. */
export function useSubmit(fields: string[]) {
  const formRef = useRef<HTMLFormElement>(null);
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<{ fields: Record<string, string[]>; general: string[] }>({ fields: {}, general: [] });
  const [notice, setNotice] = useState<string>();
  const [outcome, setOutcome] = useState<{ failed: boolean; text: string; spoken: boolean }>();
  const run = async (action: () => Promise<unknown>, success?: string) => {
    setBusy(true);
    setNotice(undefined);
    try {
      await action();
      setErrors({ fields: {}, general: [] });
      if (success) setNotice(success);
      // Said in the page's live region too: a form whose step is done is soon gone, and its status with it.
      setOutcome({ failed: false, text: success ?? t('done'), spoken: false });
    } catch (error) {
      const shown = error instanceof ApiError ? error.byField(fields) : { fields: {}, general: messagesOf(error) };
      setErrors(shown);
      // The error box is an alert; errors only beside their fields are said here.
      const text = [t('errorTitle'), ...shown.general, ...Object.values(shown.fields).flat()].join('. ');
      setOutcome({ failed: true, text, spoken: shown.general.length > 0 });
    } finally {
      setBusy(false);
    }
  };
  // Once the result is drawn: the focus to it, and the words said.
  useEffect(() => {
    if (!outcome) return;
    if (!outcome.spoken) announce(outcome.text);
    focusResult(formRef.current, outcome.failed);
  }, [outcome]);
  // A form removed while it has the focus (its step done) leaves the focus on the page's heading.
  useLayoutEffect(
    () => () => {
      const form = formRef.current;
      if (form?.contains(document.activeElement)) setTimeout(() => focusResult(null, false), 0);
    },
    [],
  );

  /** The field was changed: its old messages no longer apply. */
  const clear = (field: string) =>
    setErrors((now) => {
      if (!now.fields[field]) return now;
      const { [field]: _, ...rest } = now.fields;
      return { ...now, fields: rest };
    });
  return { busy, errors, notice, run, clear, formRef };
}

export function Notice({ text }: { text?: string }) {
  return (
    <p role="status" className="notice" tabIndex={-1}>
      {text ?? ''}
    </p>
  );
}
