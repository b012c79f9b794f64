// Prometheus' scrape target, on a port of its own (METRICS_PORT) and never on the public one: the counts it
// shows are those the admin metrics keep to administrators. With METRICS_TOKEN set a scrape must also send
// `Authorization: Bearer <token>` (Prometheus' `authorization` setting), for when that port is reachable
// from more than the monitoring network.
import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { ApiConfig } from '#config';
import { logLine } from '#logging';
import type { ApiMetrics } from './api-metrics.js';

const digest = (text: string) => createHash('sha256').update(text).digest();

/** Starts the metrics listener when METRICS_PORT is set; resolves once it listens. */
export async function serveMetrics(
  metrics: ApiMetrics,
  config: Pick<ApiConfig, 'METRICS_PORT' | 'METRICS_TOKEN' | 'HOST'>,
): Promise<Server | undefined> {
  const port = config.METRICS_PORT;
  if (!port) return undefined;
  const expected = config.METRICS_TOKEN && digest(`Bearer ${config.METRICS_TOKEN}`);
  const server = createServer((request, response) => void answer(request, response));
  async function answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (new URL(request.url ?? '/', 'http://metrics').pathname !== '/metrics') return void response.writeHead(404).end();
    if (request.method !== 'GET' && request.method !== 'HEAD') return void response.writeHead(405, { allow: 'GET, HEAD' }).end();
    // Digests of equal length, so the comparison takes the same time whatever was sent.
    if (expected && !timingSafeEqual(digest(request.headers.authorization ?? ''), expected)) {
      return void response.writeHead(401, { 'www-authenticate': 'Bearer' }).end();
    }
    try {
      const text = await metrics.registry.metrics();
      response.writeHead(200, { 'content-type': metrics.registry.contentType }).end(request.method === 'HEAD' ? '' : text);
    } catch (error) {
      logLine('api', 'error', 'metrics scrape failed', { error: (error as Error).name });
      response.writeHead(503).end();
    }
  }
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, config.HOST, resolve);
  });
  logLine('api', 'info', `metrics for Prometheus on port ${port} at /metrics`, { port });
  return server;
}
