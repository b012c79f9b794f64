import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { Client, Connection, defaultGrpcRetryOptions, makeGrpcRetryInterceptor } from '@temporalio/client';
import type { TemporalConfig } from '#config';
import { tracingClientInterceptors } from '#tracing';
import { dataConverterOf, temporalConnectionOptions } from './connection-options.js';

export const TEMPORAL_CONFIG = Symbol('TEMPORAL_CONFIG');

/** The API's Temporal client: one connection per process, closed when Nest shuts down. */
@Injectable()
export class TemporalClientService implements OnApplicationShutdown {
  private connecting?: Promise<Client>;

  constructor(@Inject(TEMPORAL_CONFIG) readonly config: TemporalConfig) {}

  /** Connects lazily: the API starts (and reports Temporal as down on /health) while Temporal is away. */
  client(): Promise<Client> {
    this.connecting ??= Connection.connect({
      ...temporalConnectionOptions(this.config),
      // A few quick retries, not the SDK's ten over ~20 s: while Temporal is away, a caller learns it at
      // once (503 with Retry-After) rather than holding a request open.
      interceptors: [makeGrpcRetryInterceptor(defaultGrpcRetryOptions({ maxAttempts: 4 }))],
    }).then(
      (connection) =>
        new Client({
          connection,
          namespace: this.config.TEMPORAL_NAMESPACE,
          dataConverter: dataConverterOf(this.config),
          interceptors: { workflow: tracingClientInterceptors() },
        }),
      (error) => {
        this.connecting = undefined; // try again on the next call
        throw error;
      },
    );
    return this.connecting;
  }

  async isHealthy(): Promise<boolean> {
    try {
      const client = await this.client();
      const connection = client.connection as Connection;
      await connection.withDeadline(Date.now() + 3000, () => connection.healthService.check({}));
      return true;
    } catch {
      return false;
    }
  }

  async onApplicationShutdown(): Promise<void> {
    const client = await this.connecting?.catch(() => undefined);
    await client?.connection.close();
  }
}
