// Small pieces every page uses: loading of data, error lists, labelled fields with their API errors.
import { type ReactNode, useCallback, useEffect, useState } from 'react';
import { ApiError } from '../api/errors.js';
import { useI18n } from '../i18n/i18n.js';

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
    <div role="alert" className="problems">
      <strong>{t('errorTitle')}</strong>
      <ul>
        {messages.map((m) => (
          <li key={m}>{m}</li>
        ))}
      </ul>
    </div>
  );
}

const messagesOf = (error: unknown): string[] =>
  error instanceof ApiError ? error.messages : error ? [String((error as Error).message ?? error)] : [];

/** A page's data, or its loading line or its error. */
export function Loaded<T>({ state, children }: { state: { data?: T; error?: unknown }; children: (data: T) => ReactNode }) {
  const { t } = useI18n();
  if (state.error) return <Problems messages={messagesOf(state.error)} />;
  if (state.data === undefined) return <p aria-live="polite">{t('loading')}</p>;
  return <>{children(state.data)}</>;
}

/** The errors of one field, tied to it by id (aria-describedby) so a screen reader reads them with it. */
export function FieldErrors({ id, messages }: { id: string; messages?: string[] }) {
  if (!messages?.length) return null;
  return (
    <ul id={id} className="field-errors">
      {messages.map((m) => (
        <li key={m}>{m}</li>
      ))}
    </ul>
  );
}

/** A form's submit state: busy, the errors per field, the rest, and a success notice. */
export function useSubmit(fields: string[]) {
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<{ fields: Record<string, string[]>; general: string[] }>({ fields: {}, general: [] });
  const [notice, setNotice] = useState<string>();
  const run = async (action: () => Promise<unknown>, success?: string) => {
    setBusy(true);
    setNotice(undefined);
    try {
      await action();
      setErrors({ fields: {}, general: [] });
      if (success) setNotice(success);
    } catch (error) {
      setErrors(error instanceof ApiError ? error.byField(fields) : { fields: {}, general: messagesOf(error) });
    } finally {
      setBusy(false);
    }
  };
  /** The field was changed: its old messages no longer apply. */
  const clear = (field: string) =>
    setErrors((now) => {
      if (!now.fields[field]) return now;
      const { [field]: _, ...rest } = now.fields;
      return { ...now, fields: rest };
    });
  return { busy, errors, notice, run, clear };
}

export function Notice({ text }: { text?: string }) {
  return (
    <p role="status" className="notice">
      {text ?? ''}
    </p>
  );
}
