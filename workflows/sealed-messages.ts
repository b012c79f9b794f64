// Nobody without the deployment's key drives a workflow (docs/security.md#temporal). Whoever reaches Temporal
// can send an Update or start a run, but only the API and the worker seal their payloads: an Update whose
// arguments the codec did not open is refused by its validation, which leaves no event in the history, and a
// run started with unsealed input fails before it does anything. Validation runs on the live path only, and a
// run is checked only as it first starts, so the histories recorded before the codec replay as they did.
import { ApplicationFailure, workflowInfo, type WorkflowInterceptorsFactory } from '@temporalio/workflow';
import { UNSEALED_FAILURE_TYPE as UNSEALED } from '#domain';
import { wasSealed } from './sealed-payload-converter.js';

/** @public registered through the bundle's workflowInterceptorModules (libs/temporal/src/workflow-bundle.ts) */
export const interceptors: WorkflowInterceptorsFactory = () => ({
  inbound: [
    {
      validateUpdate(input, next) {
        if (!input.args.every(wasSealed)) {
          throw ApplicationFailure.nonRetryable(`the Update ${input.name} is not sealed with a key of this deployment`, UNSEALED);
        }
        next(input);
      },
      async execute(input, next) {
        // A run continued as new was started by this worker's own code; a replayed run was checked when it started.
        const { unsafe, continuedFromExecutionRunId } = workflowInfo();
        if (!unsafe.isReplaying && !continuedFromExecutionRunId && !input.args.every(wasSealed)) {
          throw ApplicationFailure.nonRetryable(
            'the run was started with input not sealed with a key of this deployment',
            UNSEALED,
          );
        }
        return next(input);
      },
    },
  ],
});
