// With tracing on (libs/tracing), an Update's trace reaches the activities its handler starts: the trace header
// the API's client put on the Update is copied onto them, so the worker's activity spans join the request's
// trace. Only a header is copied: no span is made here and nothing awaited, so the commands and their order are
// those of a run without it, and every history replays, recorded with tracing on or off. (The OpenTelemetry
// package's workflow interceptors add spans, a sink and yields: they would need a bundle of their own.)
import { AsyncLocalStorage, type Payload, type WorkflowInterceptorsFactory } from '@temporalio/workflow';

/** The header @temporalio/interceptors-opentelemetry carries a trace in (its TRACE_HEADER). */
const TRACE_HEADER = '_tracer-data';
const updateTrace = new AsyncLocalStorage<Payload>();

/** @public registered through the bundle's workflowInterceptorModules (libs/temporal/src/workflow-bundle.ts) */
export const interceptors: WorkflowInterceptorsFactory = () => ({
  inbound: [
    {
      handleUpdate(input, next) {
        const trace = input.headers[TRACE_HEADER];
        return trace ? updateTrace.run(trace, () => next(input)) : next(input);
      },
    },
  ],
  outbound: [
    {
      scheduleActivity(input, next) {
        const trace = updateTrace.getStore();
        return next(trace ? { ...input, headers: { ...input.headers, [TRACE_HEADER]: trace } } : input);
      },
    },
  ],
});
