// The Prometheus registry of the API process. Request durations are observed here, per process; the
// lifecycle's figures are read from the database at each scrape (lifecycle-collectors.ts), so every API
// instance reports the same numbers and nothing is lost when one restarts.
import { Injectable } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { Histogram, Registry } from 'prom-client';

@Injectable()
export class ApiMetrics {
  readonly registry = new Registry();
  readonly requestDuration = new Histogram({
    name: 'bareun_http_request_duration_seconds',
    help: 'Duration of HTTP requests to the API, by method, route pattern and status code',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  /** Express middleware timing every request; the route is the pattern, so ids never become labels. */
  middleware() {
    return (req: Request, res: Response, next: NextFunction) => {
      const end = this.requestDuration.startTimer({ method: req.method });
      res.on('finish', () => {
        const pattern = (req.route as { path?: string } | undefined)?.path;
        end({ route: pattern ? `${req.baseUrl}${pattern}` : 'unmatched', status: String(res.statusCode) });
      });
      next();
    };
  }
}
