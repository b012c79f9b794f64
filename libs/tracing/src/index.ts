// Tracing with OpenTelemetry, on only when OTEL_EXPORTER_OTLP_ENDPOINT is set (docs/operations.md#tracing).
// Unset, nothing of the SDK loads and no interceptor is added: the processes run as they do without it.
// Started by the first import of apps/*/src/main.ts, before the modules it instruments (http, pg) load.
import { createRequire } from 'node:module';
import type * as NodeSdk from '@opentelemetry/sdk-node';
import type * as Http from '@opentelemetry/instrumentation-http';
import type * as Pg from '@opentelemetry/instrumentation-pg';
import type * as TemporalOtel from '@temporalio/interceptors-opentelemetry';
import type { ActivityInterceptorsFactory } from '@temporalio/worker';
import { loadDotEnvIfPresent } from '#config';

// Required, not imported: only with tracing on, and at once, ahead of the modules imported after this one
// (a top-level await would not hold those back). The packages are CommonJS.
const require = createRequire(import.meta.url);
let temporalOtel: typeof TemporalOtel | undefined;

/** Starts the SDK when an OTLP endpoint is configured, in the environment or in .env; it reads the rest itself. */
export function startTracing(serviceName: string): void {
  loadDotEnvIfPresent();
  if (!process.env.OTEL_EXPORTER_OTLP_ENDPOINT) return;
  const { NodeSDK } = require('@opentelemetry/sdk-node') as typeof NodeSdk;
  const { HttpInstrumentation } = require('@opentelemetry/instrumentation-http') as typeof Http;
  const { PgInstrumentation } = require('@opentelemetry/instrumentation-pg') as typeof Pg;
  const instrumentations = [
    new HttpInstrumentation({
      // a health probe every few seconds is no trace anyone reads
      ignoreIncomingRequestHook: (request) => request.url?.startsWith('/health') ?? false,
      // named by its route, as `POST /api/tasks/:id/complete`: Express 5 sets it on the request (the
      // instrumentation-express of this SDK line knows Express 4 only)
      applyCustomAttributesOnSpan: (span, request) => {
        const route = (request as { route?: { path?: unknown } }).route?.path;
        if (typeof route === 'string') span.setAttribute('http.route', route).updateName(`${request.method} ${route}`);
      },
    }),
    // SQL as part of a request or an activity, not the pool's and the pollers' own
    new PgInstrumentation({ requireParentSpan: true }),
  ];
  new NodeSDK({ serviceName: process.env.OTEL_SERVICE_NAME || serviceName, instrumentations }).start();
  temporalOtel = require('@temporalio/interceptors-opentelemetry') as typeof TemporalOtel;
}

/** For a Temporal client: its Updates and starts carry the caller's trace to the workflow. */
export const tracingClientInterceptors = () => (temporalOtel ? [new temporalOtel.OpenTelemetryWorkflowClientInterceptor()] : []);

/** For a worker: each activity run is a span of the trace its workflow handed it (workflows/trace-context.ts). */
export function tracingActivityInterceptors(): ActivityInterceptorsFactory[] {
  const otel = temporalOtel;
  if (!otel) return [];
  return [
    (context) => ({
      inbound: new otel.OpenTelemetryActivityInboundInterceptor(context),
      outbound: new otel.OpenTelemetryActivityOutboundInterceptor(context),
    }),
  ];
}
