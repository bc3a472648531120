import { Injectable, type NestMiddleware } from '@nestjs/common';
import { context, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pathOf, requestUrlOf } from '../http/http-request';
import { isUntracedPath, routeOf } from './route-of';

const tracer = trace.getTracer('@okr/service-kit');

/**
 * Every request runs inside a server span, so that the commits it makes store its trace. The HTTP
 * instrumentation makes that span when telemetry was preloaded; where it was not loaded (a test runner, a
 * process started without the preload) the kit makes it here, continuing the caller's `traceparent`.
 */
@Injectable()
export class HttpTraceMiddleware implements NestMiddleware {
  use(request: IncomingMessage, response: ServerResponse, next: () => void): void {
    const url = requestUrlOf(request);
    const method = request.method ?? '';
    if (trace.getActiveSpan() !== undefined || isUntracedPath(url)) {
      next();
      return;
    }
    const parent = propagation.extract(ROOT_CONTEXT, request.headers);
    const span = tracer.startSpan(
      method,
      {
        kind: SpanKind.SERVER,
        attributes: { 'http.request.method': method, 'url.path': pathOf(url) },
      },
      parent,
    );
    response.once('finish', () => {
      const route = routeOf(request);
      span.updateName(`${method} ${route}`);
      span.setAttributes({ 'http.route': route, 'http.response.status_code': response.statusCode });
      if (response.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    });
    context.with(trace.setSpan(parent, span), next);
  }
}
