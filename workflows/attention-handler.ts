// The administrator's retry of a write that needs attention (workflows/attention.ts), as an Update.
import { setHandler } from '@temporalio/workflow';
import { message, retryWriteUpdate } from '#domain';
import { refusalFailure } from './human-tasks.js';
import type { Lifecycle } from './lifecycle-context.js';

/** The administrator's retry: refused with a clear code when nothing waits; audited once the write goes ahead. */
export function installAttentionHandler(lc: Lifecycle): void {
  setHandler(
    retryWriteUpdate,
    (request) => {
      const retried = lc.attention.retry();
      const why = message('audit_write_retried', { activity: retried.activity, error: retried.error });
      void lc.note(request, 'write_retried', why);
      return retried;
    },
    {
      validator: ({ actor }) => {
        const refusal = lc.attention.refusalOfRetry(actor);
        if (refusal) throw refusalFailure(refusal);
      },
    },
  );
}
