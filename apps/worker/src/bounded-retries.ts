// The worker's own bound on a lifecycle write's retries: past `attempts`, a failing write is given up as a
// non-retryable failure, so the proposal needs attention sooner than the workflow's bound (WRITE_ATTEMPTS in
// workflows/attention.ts, which also counts the attempts lost to a crashed worker) would make it.
import { ApplicationFailure, type Context } from '@temporalio/activity';
import type { ActivityInterceptorsFactory } from '@temporalio/worker';
import type { LifecycleActivities } from '#domain';

/** The writes the bound holds for; mail has its own policy, and the attention row is best-effort. */
const LIFECYCLE_WRITES = new Set<string>([
  'screenProposal',
  'recordTransition',
  'openTasks',
  'recordTaskChange',
  'applyRevision',
  'recordConditions',
  'publishRegisterEntry',
] satisfies (keyof LifecycleActivities)[]);

export const boundedWriteRetries =
  (attempts: number): ActivityInterceptorsFactory =>
  (context: Context) => ({
    inbound: {
      async execute(input, next) {
        try {
          return await next(input);
        } catch (error) {
          const { activityType, attempt } = context.info;
          if (!LIFECYCLE_WRITES.has(activityType) || attempt < attempts) throw error;
          if (error instanceof ApplicationFailure && error.nonRetryable) throw error;
          const { name, message } = error as Error;
          throw ApplicationFailure.nonRetryable(`given up after ${attempt} attempts: ${message}`, name || 'Error');
        }
      },
    },
  });
