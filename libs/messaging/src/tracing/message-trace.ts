import {
  type Attributes,
  context,
  propagation,
  type Span,
  SpanKind,
  SpanStatusCode,
  trace,
} from '@opentelemetry/api';
import { traceContextOf, type TraceCarrier } from '@okr/service-kit';
import type { MessageHeaders } from '../ports/message-bus.port';

const tracer = trace.getTracer('@okr/messaging');

/** The header that carries a trace from the relay to consumers (W3C trace context). */
export const TRACE_HEADERS = { parent: 'traceparent' } as const;

/**
 * Starts the span of sending one stored event, as a child of the trace its commit stored (the request or the
 * consumed event that made it, maybe minutes ago in another process), and the headers that carry it on.
 * A commit stored outside any trace is sent without a span or trace headers.
 */
export function startSendSpan(
  stored: TraceCarrier | undefined,
  topic: string,
  attributes: Attributes,
): { span: Span; headers: MessageHeaders } | undefined {
  if (stored === undefined) return undefined;
  const parent = traceContextOf({ ...stored });
  const span = tracer.startSpan(
    `send ${topic}`,
    {
      kind: SpanKind.PRODUCER,
      attributes: {
        'messaging.system': 'kafka',
        'messaging.operation.type': 'send',
        'messaging.destination.name': topic,
        ...attributes,
      },
    },
    parent,
  );
  const carrier: MessageHeaders = {};
  propagation.inject(trace.setSpan(parent, span), carrier);
  // Only traceparent travels, as only it is stored (see TraceCarrier).
  const traceparent = carrier[TRACE_HEADERS.parent];
  const headers: MessageHeaders = traceparent === undefined ? {} : { [TRACE_HEADERS.parent]: traceparent };
  return { span, headers };
}

/** Ends send spans, as failed when the send failed. */
export function endSendSpans(spans: readonly Span[], error?: unknown): void {
  for (const span of spans) {
    if (error !== undefined) failed(span, error);
    span.end();
  }
}

/**
 * Runs `work` (handling one consumed message) inside a consumer span that continues the trace the message
 * carries, so that what the handler commits stores that trace in turn. A message without trace headers
 * starts a trace of its own.
 */
export function inConsumerSpan<T>(
  headers: MessageHeaders,
  name: string,
  attributes: Attributes,
  work: (span: Span) => T,
): T {
  const parent = traceContextOf(headers);
  const span = tracer.startSpan(
    name,
    {
      kind: SpanKind.CONSUMER,
      attributes: { 'messaging.system': 'kafka', 'messaging.operation.type': 'process', ...attributes },
    },
    parent,
  );
  const end = (error?: unknown): void => {
    if (error !== undefined) failed(span, error);
    span.end();
  };
  try {
    const result = context.with(trace.setSpan(parent, span), () => work(span));
    if (result instanceof Promise) {
      // The span ends when the handling does; the caller still sees the promise's own outcome.
      result.then(
        () => end(),
        (error: unknown) => end(error),
      );
    } else {
      end();
    }
    return result;
  } catch (error) {
    end(error);
    throw error;
  }
}

function failed(span: Span, error: unknown): void {
  span.setStatus({
    code: SpanStatusCode.ERROR,
    message: error instanceof Error ? error.message : String(error),
  });
}
