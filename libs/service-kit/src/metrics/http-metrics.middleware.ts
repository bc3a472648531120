import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import type { Histogram } from 'prom-client';
import { routeOf } from '../telemetry/route-of';
import { Metrics } from './metrics';

/** Times every request into `okr_http_request_duration_seconds`, by method, route pattern and status. */
@Injectable()
export class HttpMetricsMiddleware implements NestMiddleware {
  private readonly duration: Histogram<'method' | 'route' | 'status'>;

  constructor(metrics: Metrics) {
    this.duration = metrics.histogram({
      name: 'okr_http_request_duration_seconds',
      help: 'Time from receiving a request to finishing its answer, by method, route pattern and status',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    });
  }

  use(request: Request, response: Response, next: NextFunction): void {
    const stop = this.duration.startTimer();
    response.once('finish', () => {
      // The route is known only once the request was routed: the pattern, never the URL with its ids.
      stop({ method: request.method, route: routeOf(request), status: String(response.statusCode) });
    });
    next();
  }
}
