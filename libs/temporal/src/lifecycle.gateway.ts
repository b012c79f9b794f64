// The API's one door into the lifecycle workflows: starting them and sending Updates. Refusals from
// the workflow's validators become the HTTP errors of DESIGN §5.1; an unreachable Temporal is a 503.
import { Injectable } from '@nestjs/common';
import {
  isGrpcDeadlineError,
  ServiceError,
  WorkflowExecutionAlreadyStartedError,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
} from '@temporalio/client';
import { ApplicationFailure, type UpdateDefinition } from '@temporalio/common';
import {
  awaitScreeningUpdate,
  CODE_VERSION,
  DEPARTMENT,
  LIFECYCLE_WORKFLOW,
  type LifecycleInput,
  refuse,
  STAGE,
  workflowIdFor,
} from '#domain';
import { TemporalClientService } from './temporal-client.js';
import { RefusedException, refusalOfFailure } from './refusals.js';
import { currentRequestId } from '#logging';

const UPDATE_DEADLINE_MS = 30_000;

@Injectable()
export class LifecycleGateway {
  constructor(private readonly temporal: TemporalClientService) {}

  /**
   * Starts the proposal's workflow once: a running or finished one is left as it is. The run follows every
   * code change this API knows of (workers are updated before the API, see the README).
   */
  async start(input: LifecycleInput): Promise<void> {
    const client = await this.connected();
    try {
      await client.workflow.start(LIFECYCLE_WORKFLOW, {
        workflowId: workflowIdFor(input.proposalId),
        taskQueue: this.temporal.config.TEMPORAL_TASK_QUEUE,
        args: [{ ...input, requestId: currentRequestId(), codeVersion: CODE_VERSION }],
        workflowIdConflictPolicy: 'USE_EXISTING',
        workflowIdReusePolicy: 'REJECT_DUPLICATE',
        typedSearchAttributes: [
          { key: STAGE, value: 'SUBMITTED' },
          { key: DEPARTMENT, value: input.department },
        ],
      });
    } catch (error) {
      if (error instanceof WorkflowExecutionAlreadyStartedError) return; // it ran already: still one workflow
      throw toHttp(error);
    }
  }

  /**
   * Waits (at most `timeoutMs`) until the workflow has screened the proposal, so the caller sees its tier
   * and its reviewers see their tasks. Waiting is a courtesy: a slow screening still completes later.
   */
  async awaitScreening(proposalId: string, timeoutMs: number): Promise<void> {
    const client = await this.connected();
    const screened = client.workflow.getHandle(workflowIdFor(proposalId)).executeUpdate(awaitScreeningUpdate);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)));
    // A closed workflow (decided long ago) or a slow one: either way the caller reads the record as it is.
    await Promise.race([
      screened.then(
        () => undefined,
        () => undefined,
      ),
      timeout,
    ]);
    clearTimeout(timer);
  }

  /** Sends the Update with the current request's id, so the workflow's audit entries can name the request. */
  async update<Ret, Args extends [object]>(proposalId: string, update: UpdateDefinition<Ret, Args>, arg: Args[0]): Promise<Ret> {
    const client = await this.connected();
    const args = [{ ...arg, requestId: currentRequestId() }] as Args;
    const handle = client.workflow.getHandle(workflowIdFor(proposalId));
    try {
      // With no worker running, an Update waits for one: the caller gets a 503 rather than a hung request.
      return await client.connection.withDeadline(Date.now() + UPDATE_DEADLINE_MS, () => handle.executeUpdate(update, { args }));
    } catch (error) {
      throw toHttp(error);
    }
  }

  private async connected() {
    try {
      return await this.temporal.client();
    } catch {
      throw new RefusedException(refuse('workflow_unavailable', {}));
    }
  }
}

function toHttp(error: unknown): unknown {
  if (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure) {
    const refusal = refusalOfFailure(error.cause);
    if (refusal) return new RefusedException(refusal);
  }
  if (error instanceof WorkflowNotFoundError || isCompletedWorkflowError(error)) {
    return new RefusedException(refuse('workflow_closed', {}));
  }
  if (isGrpcDeadlineError(error)) return new RefusedException(refuse('workflow_timed_out', {}));
  if (error instanceof ServiceError) return new RefusedException(refuse('workflow_unavailable', {}));
  return error;
}

const isCompletedWorkflowError = (error: unknown): boolean =>
  error instanceof Error && /workflow execution already completed/i.test(error.message);
