import { type Context, context, propagation, ROOT_CONTEXT, trace } from '@opentelemetry/api';

/** A trace context in its W3C form, as it is stored with a commit and sent in Kafka headers. */
export interface TraceCarrier {
  traceparent: string;
  tracestate?: string;
}

/** The trace context of the work in progress (an HTTP request, a consumed event), if it is traced. */
export function activeTraceCarrier(): TraceCarrier | undefined {
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  const { traceparent, tracestate } = carrier;
  if (traceparent === undefined) return undefined;
  return tracestate ? { traceparent, tracestate } : { traceparent };
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
