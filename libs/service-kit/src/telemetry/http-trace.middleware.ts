import { Injectable, type NestMiddleware } from '@nestjs/common';
import { context, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import type { NextFunction, Request, Response } from 'express';
import { isUntracedPath, routeOf } from './route-of';

const tracer = trace.getTracer('@okr/service-kit');

/**
 * Every request runs inside a server span, so that the commits it makes store its trace. The HTTP
 * instrumentation makes that span when telemetry was preloaded; where it was not loaded (a test runner, a
 * process started without the preload) the kit makes it here, continuing the caller's `traceparent`.
 */
@Injectable()
export class HttpTraceMiddleware implements NestMiddleware {
  use(request: Request, response: Response, next: NextFunction): void {
    if (trace.getActiveSpan() !== undefined || isUntracedPath(request.originalUrl)) {
      next();
      return;
    }
    const parent = propagation.extract(ROOT_CONTEXT, request.headers);
    const span = tracer.startSpan(
      request.method,
      {
        kind: SpanKind.SERVER,
        attributes: { 'http.request.method': request.method, 'url.path': request.path },
      },
      parent,
    );
    response.once('finish', () => {
      const route = routeOf(request);
      span.updateName(`${request.method} ${route}`);
      span.setAttributes({ 'http.route': route, 'http.response.status_code': response.statusCode });
      if (response.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    });
    context.with(trace.setSpan(parent, span), next);
  }
}
