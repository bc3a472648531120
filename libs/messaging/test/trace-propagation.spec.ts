import type { INestApplication } from '@nestjs/common';
import { context, SpanKind, trace } from '@opentelemetry/api';
import { InMemorySpanExporter, type ReadableSpan, SimpleSpanProcessor } from '@opentelemetry/sdk-trace';
import { SchoolRegisteredV1, type SchoolRegisteredV1Data, TOPICS } from '@okr/contracts';
import { createServiceApp } from '@okr/service-kit';
import { startTelemetry, stopTelemetry } from '@okr/service-kit/telemetry/sdk';
import { captureLogs, tokenFor, uniqueName } from '@okr/service-kit/testing';
import request from 'supertest';
import { createConnection } from 'mongoose';
import { CommitStore, namespacedTopic, pendingEvent } from '../src';
import { deleteTestTopics, eventually, messagingTestEnv, readTopic } from '../src/testing';
import { schoolRegistryService } from './fixtures/school-registry.module';

describe('a trace through the outbox and Kafka', () => {
  const exporter = new InMemorySpanExporter();
  // Both services read and write the same topics, each with its own database, Redis keys and consumer group.
  const desk = messagingTestEnv('traced-desk', { RELAY_IDLE_POLL_MS: '500', LOG_LEVEL: 'info' });
  const topicPrefix = desk['KAFKA_TOPIC_PREFIX'] ?? '';
  const other = messagingTestEnv('traced-other', {
    KAFKA_TOPIC_PREFIX: topicPrefix,
    RELAY_IDLE_POLL_MS: '500',
  });
  const deskLogs = captureLogs();
  let deskApp: INestApplication;
  let otherApp: INestApplication;
  let deskName: string;
  let otherName: string;

  beforeAll(async () => {
    startTelemetry({ serviceName: 'trace-test', spanProcessors: [new SimpleSpanProcessor({ exporter })] });
    deskName = uniqueName('traced-desk');
    otherName = uniqueName('traced-other');
    ({ app: deskApp } = await createServiceApp(schoolRegistryService(deskName), {
      env: desk,
      logDestination: deskLogs.stream,
    }));
    ({ app: otherApp } = await createServiceApp(schoolRegistryService(otherName), { env: other }));
  });

  afterAll(async () => {
    await deskApp?.close();
    await otherApp?.close();
    await stopTelemetry();
    await deleteTestTopics(topicPrefix);
  });

  function spansOf(traceId: string): ReadableSpan[] {
    return exporter.getFinishedSpans().filter((span) => span.spanContext().traceId === traceId);
  }

  function parentOf(span: ReadableSpan): string | undefined {
    return span.parentSpanContext?.spanId;
  }

  it('runs from the HTTP command through its commit, the relay and Kafka into another service and what that one commits and publishes', async () => {
    const brin = `${String(Math.floor(Math.random() * 90) + 10)}TR`;

    const response = await request(deskApp.getHttpServer())
      .post('/schools')
      .set('authorization', await tokenFor(['helpdesk']))
      .send({ brin, name: 'De Lantaarn' });
    expect(response.status).toBe(201);

    // The command's commit stored the trace of the request that made it.
    const registered = await deskApp.get(CommitStore).latest(`school:${brin}`);
    const traceparent = registered?.trace?.traceparent ?? '';
    expect(traceparent).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
    const traceId = traceparent.split('-')[1] ?? '';
    const server = exporter
      .getFinishedSpans()
      .find((span) => span.kind === SpanKind.SERVER && span.spanContext().traceId === traceId);
    expect(server?.name).toBe('POST /schools');

    // The other service handled the event and committed its welcome pack in the same trace…
    const welcome = await eventually(async () => {
      const store = otherApp.get(CommitStore);
      const latest = await store.latest(`welcome:${brin}`);
      return latest && !(await store.isPending(latest)) ? latest : undefined;
    });
    expect(welcome.trace?.traceparent.split('-')[1]).toBe(traceId);

    // …and the span chain shows each hop: HTTP → send → process (other service) → send of the caused event.
    const chain = await eventually(() => {
      const spans = spansOf(traceId);
      const sends = spans.filter((span) => span.kind === SpanKind.PRODUCER);
      const processes = spans.filter((span) => span.kind === SpanKind.CONSUMER);
      return sends.length >= 3 && processes.length >= 2 ? { spans, sends, processes } : undefined;
    });
    const firstSend = chain.sends.find((span) => parentOf(span) === server?.spanContext().spanId);
    expect(firstSend?.name).toBe(`send ${namespacedTopic(topicPrefix, TOPICS.enrolment)}`);
    expect(firstSend?.attributes['okr.event.type']).toBe('SchoolRegistered');
    const handled = chain.processes.filter((span) => parentOf(span) === firstSend?.spanContext().spanId);
    expect(handled.map((span) => span.name)).toEqual([
      'process SchoolRegistered',
      'process SchoolRegistered',
    ]);
    expect(handled.map((span) => span.attributes['messaging.consumer.group.name']).sort()).toEqual(
      [`okr.${deskName}`, `okr.${otherName}`].sort(),
    );
    const caused = chain.sends.filter((span) =>
      handled.some((process) => parentOf(span) === process.spanContext().spanId),
    );
    expect(caused.map((span) => span.attributes['okr.event.type'])).toEqual([
      'SchoolEnrolled',
      'SchoolEnrolled',
    ]);

    // The message on Kafka carries the trace to consumers outside the platform's library too.
    const messages = await readTopic(namespacedTopic(topicPrefix, TOPICS.enrolment), 1);
    expect(messages[0]?.headers['traceparent']?.split('-')[1]).toBe(traceId);
  });

  it('continues the trace a commit stored when a relay that never saw the commit publishes it later', async () => {
    // A service of its own: its own database and topics, no relay running while the commit is written.
    const late = messagingTestEnv('traced-late');
    const latePrefix = late['KAFKA_TOPIC_PREFIX'] ?? '';
    const brin = `${String(Math.floor(Math.random() * 90) + 10)}LT`;
    // Written by a process without a relay (a command whose relay crashed before publishing), inside a trace.
    const connection = await createConnection(late['MONGODB_URI'] ?? '', {
      dbName: late['MONGODB_DATABASE'] ?? '',
    }).asPromise();
    const writer = new CommitStore(connection, 'traced-late');
    const stored = trace.getTracer('trace-test').startSpan('command of a crashed process');
    await context.with(trace.setSpan(context.active(), stored), () =>
      writer.append({
        stream: `school:${brin}`,
        aggregateType: 'school',
        expectedVersion: 0,
        state: { name: 'De Late Bel' },
        events: [pendingEvent(SchoolRegisteredV1, brin, registeredData(brin))],
      }),
    );
    stored.end();
    await connection.close();

    // A relay started afterwards (as another replica's would) finds it only by searching the outbox.
    const { app: relayApp } = await createServiceApp(schoolRegistryService(uniqueName('traced-late')), {
      env: late,
    });
    try {
      const [message] = await readTopic(namespacedTopic(latePrefix, TOPICS.enrolment), 1);
      const [, traceId, parentSpanId] = message?.headers['traceparent']?.split('-') ?? [];
      expect(traceId).toBe(stored.spanContext().traceId);
      const send = await eventually(() =>
        exporter.getFinishedSpans().find((span) => span.spanContext().spanId === parentSpanId),
      );
      expect(send.kind).toBe(SpanKind.PRODUCER);
      expect(send.parentSpanContext?.spanId).toBe(stored.spanContext().spanId);
    } finally {
      await relayApp.close();
      await deleteTestTopics(latePrefix);
    }
  });

  it('puts the trace and span ids on the log lines written inside a traced request', async () => {
    await request(deskApp.getHttpServer())
      .get('/schools/00XX')
      .set('authorization', await tokenFor(['helpdesk']));

    const line = await eventually(() =>
      deskLogs.lines().find((entry) => entry['msg'] === 'request completed' && entry['status'] === 404),
    );
    expect(line['traceId']).toMatch(/^[0-9a-f]{32}$/);
    expect(line['spanId']).toMatch(/^[0-9a-f]{16}$/);
  });
});

function registeredData(brin: string): SchoolRegisteredV1Data {
  return {
    brin,
    name: 'De Late Bel',
    sector: 'PO',
    specialisedEducation: false,
    boardNumber: '41000',
    municipality: 'Utrecht',
    province: 'Utrecht',
    pupilCount: 120,
    equalAccess: {
      weakPerforming: false,
      specialTargetGroups: false,
      specialisedEducation: false,
      smallRegional: false,
    },
  };
}
