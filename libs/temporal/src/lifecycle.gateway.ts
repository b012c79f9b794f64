// The API's one door into the lifecycle workflows: starting them and sending Updates. Refusals from
// the workflow's validators become the HTTP errors of DESIGN §5.1; an unreachable Temporal is a 503.
import { Injectable } from '@nestjs/common';
import {
  isGrpcDeadlineError,
  ServiceError,
  WorkflowExecutionAlreadyStartedError,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
  WorkflowUpdateRPCTimeoutOrCancelledError,
} from '@temporalio/client';
import { ApplicationFailure, type UpdateDefinition } from '@temporalio/common';
import {
  auditHeadQuery,
  type AuditHead,
  awaitScreeningUpdate,
  DEPARTMENT,
  LIFECYCLE_WORKFLOW,
  type LifecycleInput,
  refuse,
  STAGE,
  UNSEALED_FAILURE_TYPE,
  workflowIdFor,
} from '#domain';
import { TemporalClientService } from './temporal-client.js';
import { RefusedException, refusalOfFailure } from './refusals.js';
import { currentRequestId, logLine } from '#logging';
import { UNDECODABLE_ENCODING } from './payload-codec.js';
import { updateIdFor } from './update-ids.js';

const UPDATE_DEADLINE_MS = 30_000;
const QUERY_DEADLINE_MS = 10_000;
/** The id of the one screening wait of a run (Update ids are unique per run). */
const SCREENING_WAIT_ID = 'awaitScreening';

@Injectable()
export class LifecycleGateway {
  constructor(private readonly temporal: TemporalClientService) {}

  /** Starts the proposal's workflow once: a running or finished one is left as it is. */
  async start(input: LifecycleInput): Promise<void> {
    const client = await this.connected();
    try {
      await client.workflow.start(LIFECYCLE_WORKFLOW, {
        workflowId: workflowIdFor(input.proposalId),
        taskQueue: this.temporal.config.TEMPORAL_TASK_QUEUE,
        args: [{ ...input, requestId: currentRequestId() }],
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
   * and its reviewers see their tasks. Waiting is a courtesy: a slow screening still completes later. Every
   * submit of a run waits on one Update (one id), so waits given up on — while no worker runs, say — never
   * pile up against the server's limit of Updates in flight per run, past which it would refuse every
   * Update, a withdrawal too; the workflow's validator refuses a wait once screened, or beside another.
   */
  async awaitScreening(proposalId: string, timeoutMs: number): Promise<void> {
    const client = await this.connected();
    const handle = client.workflow.getHandle(workflowIdFor(proposalId));
    const screened = handle.executeUpdate(awaitScreeningUpdate, { updateId: SCREENING_WAIT_ID });
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

  /**
   * Sends the Update with the current request's id, so the workflow's audit entries can name the request, and
   * with an Update id from the caller's request (update-ids.ts): a retry of it reaches the same Update.
   */
  async update<Ret, Args extends [object]>(proposalId: string, update: UpdateDefinition<Ret, Args>, arg: Args[0]): Promise<Ret> {
    const client = await this.connected();
    const updateId = updateIdFor(update.name, arg);
    const args = [{ ...arg, requestId: currentRequestId() }] as Args;
    const handle = client.workflow.getHandle(workflowIdFor(proposalId));
    try {
      // With no worker running, an Update waits for one: the caller gets a 503 rather than a hung request,
      // and the Update, still waiting, is the one its retry attaches to.
      const send = () => handle.executeUpdate(update, { args, updateId });
      return await client.connection.withDeadline(Date.now() + UPDATE_DEADLINE_MS, send);
    } catch (error) {
      throw toHttp(error);
    }
  }

  /**
   * The audit chain's head as the proposal's workflow kept it, for verification to compare with the table:
   * null when no run answers (none was started, it is gone past retention, or Temporal or its workers are down).
   */
  async auditHead(proposalId: string): Promise<AuditHead | null> {
    try {
      const client = await this.temporal.client();
      const handle = client.workflow.getHandle(workflowIdFor(proposalId));
      return await client.connection.withDeadline(Date.now() + QUERY_DEADLINE_MS, () => handle.query(auditHeadQuery));
    } catch {
      return null;
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
    // The worker cannot open what this API sealed: their TEMPORAL_CODEC_KEYS differ. Nothing was applied.
    if (error.cause.type === UNSEALED_FAILURE_TYPE || error.cause.message.includes(UNDECODABLE_ENCODING)) {
      logLine('api', 'error', "a worker refused this API's sealed Update: give API and worker the same TEMPORAL_CODEC_KEYS");
      return new RefusedException(refuse('workflow_unavailable', {}));
    }
  }
  if (error instanceof WorkflowNotFoundError || isCompletedWorkflowError(error)) {
    return new RefusedException(refuse('workflow_closed', {}));
  }
  // The SDK wraps a passed deadline in this error, with a cause that is not always DEADLINE_EXCEEDED (CI saw a
  // 500 here): whatever the cause, the Update waits on in Temporal.
  if (error instanceof WorkflowUpdateRPCTimeoutOrCancelledError || isGrpcDeadlineError(error)) {
    return new RefusedException(refuse('workflow_timed_out', {}));
  }
  if (error instanceof ServiceError) return new RefusedException(refuse('workflow_unavailable', {}));
  return error;
}

const isCompletedWorkflowError = (error: unknown): boolean =>
  error instanceof Error && /workflow execution already completed/i.test(error.message);
