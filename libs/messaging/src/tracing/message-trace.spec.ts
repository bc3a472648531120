import { context, propagation, SpanStatusCode, trace } from '@opentelemetry/api';
import { InMemorySpanExporter, type ReadableSpan, SimpleSpanProcessor } from '@opentelemetry/sdk-trace';
import { activeTraceCarrier } from '@okr/service-kit';
import { startTelemetry, stopTelemetry } from '@okr/service-kit/telemetry/sdk';
import { endSendSpans, inConsumerSpan, startSendSpan } from './message-trace';

const STORED = { traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01' };
const TRACE_ID = '0af7651916cd43dd8448eb211c80319c';

describe('message trace context', () => {
  const exporter = new InMemorySpanExporter();
  const processor = new SimpleSpanProcessor({ exporter });

  /** The ended spans, once exported (the first export waits for the resource's attributes). */
  async function finished(): Promise<ReadableSpan[]> {
    await processor.forceFlush();
    return exporter.getFinishedSpans();
  }

  beforeAll(() => {
    startTelemetry({ serviceName: 'message-trace-spec', spanProcessors: [processor] });
  });

  afterEach(() => exporter.reset());

  afterAll(async () => {
    await stopTelemetry();
  });

  it('sends a stored commit’s event in a child span of the stored trace, and says so in the headers', async () => {
    const sending = startSendSpan(STORED, 'okr.enrolment.v1', { 'okr.event.type': 'SchoolEnrolled' });
    endSendSpans(sending ? [sending.span] : []);

    const [span] = await finished();
    expect(span?.spanContext().traceId).toBe(TRACE_ID);
    expect(span?.parentSpanContext?.spanId).toBe('b7ad6b7169203331');
    expect(span?.name).toBe('send okr.enrolment.v1');
    expect(sending?.headers['traceparent']).toBe(`00-${TRACE_ID}-${span?.spanContext().spanId}-01`);
  });

  it('sends the event of a commit stored outside any trace without a span or trace headers', async () => {
    expect(startSendSpan(undefined, 'okr.enrolment.v1', {})).toBeUndefined();
    expect(await finished()).toEqual([]);
  });

  it('marks the send spans failed when Kafka refused the batch', async () => {
    const sending = startSendSpan(STORED, 'okr.enrolment.v1', {});
    endSendSpans(sending ? [sending.span] : [], new Error('broker unreachable'));

    expect((await finished())[0]?.status).toEqual({
      code: SpanStatusCode.ERROR,
      message: 'broker unreachable',
    });
  });

  it('handles a message inside a span of the trace it carries, so what the handler commits stores that trace', async () => {
    const carried = inConsumerSpan(STORED, 'process SchoolEnrolled', {}, () => activeTraceCarrier());

    const [span] = await finished();
    expect(span?.parentSpanContext?.spanId).toBe('b7ad6b7169203331');
    expect(carried?.traceparent).toBe(`00-${TRACE_ID}-${span?.spanContext().spanId}-01`);
  });

  it('keeps only the ids of a trace, never the free text a caller may put in tracestate', () => {
    const headers = { ...STORED, tracestate: 'desk=jan-jansen' };

    const carried = inConsumerSpan(headers, 'process SchoolEnrolled', {}, () => activeTraceCarrier());
    const sending = startSendSpan(carried, 'okr.enrolment.v1', {});
    endSendSpans(sending ? [sending.span] : []);

    expect(Object.keys(carried ?? {})).toEqual(['traceparent']);
    expect(Object.keys(sending?.headers ?? {})).toEqual(['traceparent']);
  });

  it('ends the span of an asynchronous handler only when it is done, as failed when it rejects', async () => {
    let release: () => void = () => undefined;
    const handled = inConsumerSpan(STORED, 'process SchoolEnrolled', {}, async () => {
      await new Promise<void>((resolve) => (release = resolve));
      throw new Error('handler failed');
    });
    expect(await finished()).toEqual([]);

    release();
    await expect(handled).rejects.toThrow('handler failed');

    expect((await finished())[0]?.status.code).toBe(SpanStatusCode.ERROR);
  });

  it('starts a trace of its own for a message without trace headers', () => {
    const outer = trace.getTracer('spec').startSpan('unrelated');
    const traceId = context.with(trace.setSpan(context.active(), outer), () =>
      inConsumerSpan({}, 'process SchoolEnrolled', {}, () => trace.getActiveSpan()?.spanContext().traceId),
    );
    outer.end();

    expect(traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(traceId).not.toBe(outer.spanContext().traceId);
    expect(propagation.fields()).toContain('traceparent');
  });
});
