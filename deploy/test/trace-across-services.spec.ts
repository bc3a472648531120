import { SpanKind } from '@opentelemetry/api';
import { InMemorySpanExporter, type ReadableSpan, SimpleSpanProcessor } from '@opentelemetry/sdk-trace';
import { TOPICS } from '@okr/contracts';
import { CommitStore } from '@okr/messaging';
import { eventually, testTopicPrefix } from '@okr/messaging/testing';
import { startTelemetry, stopTelemetry } from '@okr/service-kit/telemetry/sdk';
import {
  type EnrolmentApp,
  freshBrin,
  schoolBody,
  startEnrolment,
} from '../../services/enrolment/test/enrolment-app';
import {
  type MonitoringApp,
  monitoringEnv,
  startMonitoring,
  testTopics,
} from '../../services/monitoring/test/support/monitoring-app';

describe('one trace from a help-desk command in enrolment to its projection in monitoring', () => {
  const exporter = new InMemorySpanExporter();
  // Enrolment publishes in a namespace of this test's own, which this monitoring (and no other) reads.
  const prefix = testTopicPrefix();
  const pattern = `^${prefix.replace(/[.]/g, '\\.')}okr\\.[a-z-]+\\.v[0-9]+$`;
  let enrolment: EnrolmentApp;
  let monitoring: MonitoringApp;

  beforeAll(async () => {
    startTelemetry({ serviceName: 'trace-test', spanProcessors: [new SimpleSpanProcessor({ exporter })] });
    enrolment = await startEnrolment({ KAFKA_TOPIC_PREFIX: prefix });
    monitoring = await startMonitoring(monitoringEnv({ ...testTopics(), pattern }));
  });

  afterAll(async () => {
    await monitoring?.close();
    await enrolment?.close();
    await stopTelemetry();
  });

  it('continues the trace of the request that registered a school in the projection of its event', async () => {
    const brin = freshBrin();
    const desk = await enrolment.as('helpdesk');

    await desk.post('/schools').send(schoolBody(brin)).expect(201);

    const commit = await enrolment.app.get(CommitStore).latest(`school:${brin}`);
    const traceId = commit?.trace?.traceparent.split('-')[1] ?? 'no trace stored';
    const spans = await eventually(
      () => {
        const ofTrace = exporter.getFinishedSpans().filter((span) => span.spanContext().traceId === traceId);
        return ofTrace.some((span) => span.name === `process ${enrolment.topic(TOPICS.enrolment)}`)
          ? ofTrace
          : undefined;
      },
      { timeoutMs: 30_000, what: 'monitoring projected the event in the trace of the request' },
    );
    const byId = new Map(spans.map((span) => [span.spanContext().spanId, span]));
    const ancestry = (span: ReadableSpan | undefined): string[] =>
      span ? [span.name, ...ancestry(byId.get(span.parentSpanContext?.spanId ?? ''))] : [];
    const projected = spans.find(
      (span) =>
        span.kind === SpanKind.CONSUMER && span.name === `process ${enrolment.topic(TOPICS.enrolment)}`,
    );

    // Monitoring's projection ← the relay's send ← enrolment's request, all in one trace.
    expect(ancestry(projected)).toEqual([
      `process ${enrolment.topic(TOPICS.enrolment)}`,
      `send ${enrolment.topic(TOPICS.enrolment)}`,
      'POST /schools',
    ]);
    expect(projected?.attributes['messaging.consumer.group.name']).toMatch(/monitoring/);
  });
});
