import { type Context, context, propagation, ROOT_CONTEXT, trace } from '@opentelemetry/api';

/**
 * A trace context in its W3C form, as it is stored with a commit and sent in Kafka headers. Only `traceparent`:
 * ids and flags, nothing else. `tracestate` is left out because a caller may put any text in it, and commits
 * and events hold ids and codes only.
 */
export interface TraceCarrier {
  traceparent: string;
}

/** The trace context of the work in progress (an HTTP request, a consumed event), if it is traced. */
export function activeTraceCarrier(): TraceCarrier | undefined {
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return carrier['traceparent'] === undefined ? undefined : { traceparent: carrier['traceparent'] };
}

/** The context a stored or received trace carrier continues; the root context when there is none. */
export function traceContextOf(carrier: Readonly<Record<string, string | undefined>> | undefined): Context {
  if (carrier?.traceparent === undefined) return ROOT_CONTEXT;
  return propagation.extract(ROOT_CONTEXT, carrier);
}

/** The ids of the active span, for log lines; undefined outside a trace. */
export function activeTraceIds(): { traceId: string; spanId: string } | undefined {
  const span = trace.getActiveSpan()?.spanContext();
  if (!span || !trace.isSpanContextValid(span)) return undefined;
  return { traceId: span.traceId, spanId: span.spanId };
}
