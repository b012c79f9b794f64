// The worker's logs as JSON lines, like the API's: the SDK's own (workflow `log` calls included, silent on
// replay) and one line per activity run, with the request id of the API call that caused it.
import type { Context } from '@temporalio/activity';
import { DefaultLogger, type ActivityInterceptorsFactory, type LogEntry } from '@temporalio/worker';
import { type LogFields, logLine } from '#logging';

const LEVELS = { TRACE: 'debug', DEBUG: 'debug', INFO: 'info', WARN: 'warn', ERROR: 'error' } as const;

/** Only flat values of the SDK's metadata: ids and names, never payloads. */
function flat(meta: Record<string, unknown> = {}): LogFields {
  return Object.fromEntries(
    Object.entries(meta).filter(([, value]) => ['string', 'number', 'boolean'].includes(typeof value)),
  ) as LogFields;
}

export const sdkLogger = new DefaultLogger('INFO', ({ level, message, meta }: LogEntry) =>
  logLine('worker', LEVELS[level], message, flat(meta)),
);

/** The request id an activity's input carries: on its audit entry, or on the input itself. */
function requestIdOf(args: unknown[]): string | undefined {
  const input = args[0] as { requestId?: string; entry?: { requestId?: string } } | undefined;
  return input?.entry?.requestId ?? input?.requestId;
}

export const activityLogging: ActivityInterceptorsFactory = (context: Context) => ({
  inbound: {
    async execute(input, next) {
      const { activityType, attempt, workflowExecution } = context.info;
      const fields = { activityType, attempt, workflowId: workflowExecution?.workflowId, requestId: requestIdOf(input.args) };
      const started = Date.now();
      try {
        const result = await next(input);
        logLine('worker', 'info', 'activity completed', { ...fields, durationMs: Date.now() - started });
        return result;
      } catch (error) {
        const { name, message } = error as Error;
        logLine('worker', 'warn', 'activity failed', {
          ...fields,
          durationMs: Date.now() - started,
          error: name,
          reason: message,
        });
        throw error;
      }
    },
  },
});
