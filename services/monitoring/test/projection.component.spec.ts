import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { deadLetterTopicOf } from '@okr/contracts';
import { eventually, readTopic } from '@okr/messaging/testing';
import { tokenFor } from '@okr/service-kit/testing';
import {
  createTopics,
  EventWriter,
  type MonitoringApp,
  monitoringEnv,
  removeTopics,
  startMonitoring,
  type TestTopics,
} from './support/monitoring-app';
import { nextBrin, pilotYear, schoolEnrolled, schoolRegistered } from './support/platform-events';

const TRAJECTORY = '/kpis/improvement-culture.schools-in-trajectory';

interface Trajectory {
  figures: { total: { value: number } };
}

interface Lag {
  version: number;
  caughtUp: boolean;
  totalLag: number;
  eventsProcessed: number;
  lastEventAt: string | null;
  partitions: Array<{ topic: string; partition: number; lag: number }>;
}

describe('the monitoring projection on real Kafka', () => {
  let topics: TestTopics;
  let monitoring: MonitoringApp;
  const writer = new EventWriter();

  beforeAll(async () => {
    topics = await createTopics(['main']);
    monitoring = await startMonitoring(monitoringEnv(topics));
    await writer.send(topics.topic(), pilotYear());
    await eventually(async () => {
      expect((await monitoring.read<Trajectory>(TRAJECTORY)).figures.total.value).toBe(25);
      return true;
    });
  });

  afterAll(async () => {
    await writer.close();
    await monitoring.close();
    await removeTopics(topics);
  });

  it('catches up on a backlog of many fetches per partition', async () => {
    const backlog = await createTopics(['backlog']);
    const events = Array.from({ length: 4_000 }, () => {
      const brin = nextBrin();
      return [schoolRegistered(brin, 'PO'), schoolEnrolled(brin, 'groeikracht', 'PO')];
    }).flat();
    for (let start = 0; start < events.length; start += 1_000) {
      await writer.send(backlog.topic('backlog'), events.slice(start, start + 1_000));
    }
    // A second service reads the backlog from its start; kafkajs fetches about 1 MB per partition at a time.
    const reader = await startMonitoring(monitoringEnv(backlog));
    try {
      await eventually(async () => {
        expect((await reader.read<Trajectory>(TRAJECTORY)).figures.total.value).toBe(4_000);
        return true;
      }, 60_000);
    } finally {
      await reader.close();
      await removeTopics(backlog);
    }
  });

  it('skips an event type it does not know and counts it as ignored', async () => {
    await writer.sendRaw(topics.topic(), [
      {
        key: '12AB',
        value: JSON.stringify({
          eventId: randomUUID(),
          type: 'PilotCompleted',
          version: 7,
          occurredAt: new Date().toISOString(),
          source: 'labs',
          correlationId: randomUUID(),
          causationId: null,
          subject: '12AB',
          data: { pilotId: 'p-1' },
        }),
      },
    ]);
    await writer.send(topics.topic(), [schoolEnrolled(nextBrin(), 'groeikracht', 'PO')]);
    await eventually(async () => {
      const { ignored } = await monitoring.read<{ ignored: Record<string, number> }>('/ignored-events');
      expect(ignored['PilotCompleted@7']).toBe(1);
      expect((await monitoring.read<Trajectory>(TRAJECTORY)).figures.total.value).toBe(26);
      return true;
    });
  });

  it('dead-letters an invalid known event with its reason and goes on', async () => {
    const before = (await monitoring.read<Trajectory>(TRAJECTORY)).figures.total.value;
    await writer.sendRaw(topics.topic(), [
      {
        key: '12AB',
        value: JSON.stringify({
          eventId: randomUUID(),
          type: 'SchoolEnrolled',
          version: 1,
          occurredAt: new Date().toISOString(),
          source: 'enrolment',
          correlationId: randomUUID(),
          causationId: null,
          subject: '12AB',
          data: { brin: 'not a brin', activity: 'groeikracht' },
        }),
      },
    ]);
    await writer.send(topics.topic(), [schoolEnrolled(nextBrin(), 'groeikracht', 'VO')]);
    await eventually(async () => {
      expect((await monitoring.read<Trajectory>(TRAJECTORY)).figures.total.value).toBe(before + 1);
      return true;
    });
    const [letter] = await readTopic(deadLetterTopicOf(topics.topic()), 1);
    expect(letter?.headers['x-dlq-reason']).toBe('INVALID_DATA');
    expect(letter?.headers['x-dlq-detail']).toContain('brin');
    const metrics = await (await monitoring.as('metrics')).get('/metrics');
    expect(
      sampleOf(metrics.text, 'okr_consumer_dead_letters_total', {
        topic: topics.topic(),
        reason: 'INVALID_DATA',
      }),
    ).toBe(1);
  });

  it('reports lag per topic-partition and the last processed event on /health/lag and /metrics', async () => {
    const lag = await eventually(async () => {
      const current = await monitoring.read<Lag>('/health/lag');
      expect(current.caughtUp).toBe(true);
      return current;
    });
    expect(lag.partitions.map((partition) => partition.partition).sort()).toEqual([0, 1, 2]);
    expect(lag.totalLag).toBe(0);
    expect(lag.lastEventAt).not.toBeNull();
    const metrics = await (await monitoring.as('metrics')).get('/metrics');
    expect(metrics.status).toBe(200);
    const partition0 = { version: String(lag.version), topic: topics.topic(), partition: '0' };
    expect(sampleOf(metrics.text, 'okr_monitoring_consumer_lag', partition0)).toBe(0);
    const version = { version: String(lag.version) };
    expect(sampleOf(metrics.text, 'okr_monitoring_last_event_timestamp_seconds', version)).toBeGreaterThan(0);
    expect(sampleOf(metrics.text, 'okr_monitoring_events_processed_total', version)).toBeGreaterThan(0);
    expect(sampleOf(metrics.text, 'okr_monitoring_projector_up', {})).toBe(1);
  });

  it('keeps /metrics from anonymous callers: it names topics and volumes', async () => {
    const metrics = await monitoring.anonymous().get('/metrics');

    expect(metrics.status).toBe(401);
    expect(metrics.text).not.toContain(topics.topic());
  });

  it('streams a changed KPI value to a live client after an event', async () => {
    const server = monitoring.app.getHttpServer() as http.Server;
    if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const token = await tokenFor(['monitoring']);
    const before = (await monitoring.read<Trajectory>(TRAJECTORY)).figures.total.value;
    const received: string[] = [];
    const request = http.get({
      host: '127.0.0.1',
      port,
      path: '/kpis/stream',
      headers: { authorization: token },
    });
    try {
      const response = await new Promise<http.IncomingMessage>((resolve) => request.on('response', resolve));
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toContain('text/event-stream');
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => received.push(chunk));
      // The first events are the current values; then the change.
      await eventually(() => {
        expect(received.join('')).toContain('"id":"improvement-culture.schools-in-trajectory"');
        return true;
      });
      await writer.send(topics.topic(), [schoolEnrolled(nextBrin(), 'de-transformatieve-school', 'PO')]);
      await eventually(() => {
        expect(received.join('')).toMatch(
          new RegExp(
            `"id":"improvement-culture\\.schools-in-trajectory".*?"total":\\{"value":${before + 1}[,}]`,
          ),
        );
        return true;
      });
    } finally {
      request.destroy();
    }
  });

  it('rebuilds the read models from offset 0 next to the served ones, then switches, with equal numbers and steady readiness', async () => {
    await writer.send(topics.topic(), [schoolRegistered(nextBrin(), 'PO', { weakPerforming: true })]);
    // Read the served numbers once they show the last event: the views follow the positions by a flush.
    await eventually(async () => {
      const { flags } = await monitoring.read<{
        flags: Array<{ flag: string; registered: { count: number } }>;
      }>('/equal-access');
      expect(flags.find((flag) => flag.flag === 'weakPerforming')?.registered.count).toBe(1);
      return true;
    });
    const live = await Promise.all(
      ['/kpis', '/funnel', '/equal-access', '/subsidy-rounds', '/participation'].map((path) =>
        monitoring.read<Record<string, unknown>>(path),
      ),
    );
    const admin = await monitoring.as('admin');
    const requested = await admin.post('/admin/rebuild');
    expect(requested.status).toBe(202);
    const next = (requested.body as { version: number }).version;
    expect((await admin.post('/admin/rebuild')).status).toBe(409);

    const readiness: number[] = [];
    const switched = await eventually(
      async () => {
        readiness.push((await monitoring.anonymous().get('/health/ready')).status);
        const status = await admin.get('/admin/rebuild');
        expect(status.body.activeVersion).toBe(next);
        return status.body as { activeVersion: number; building: unknown };
      },
      { timeoutMs: 60_000, intervalMs: 50 },
    );
    expect(switched.building).toBeNull();
    expect(new Set(readiness)).toEqual(new Set([200]));
    // A replica serves the new version once the switch announcement reaches it, a moment after the switch.
    const rebuilt = await eventually(async () => {
      const views = await Promise.all(
        ['/kpis', '/funnel', '/equal-access', '/subsidy-rounds', '/participation'].map((path) =>
          monitoring.read<Record<string, unknown>>(path),
        ),
      );
      expect(views.map((view) => view['version'])).toEqual(views.map(() => next));
      return views;
    });
    expect(rebuilt.map(({ version: _version, ...view }) => view)).toEqual(
      live.map(({ version: _version, ...view }) => view),
    );
    expect(rebuilt[0]?.['version']).toBe(next);
  });
});

/** The value of a sample in Prometheus text whose labels include `labels` (in any order), if there is one. */
function sampleOf(text: string, name: string, labels: Record<string, string>): number | undefined {
  for (const line of text.split('\n')) {
    const match = /^([a-z_]+)\{(.*)\} (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const pairs = new Map(
      [...(match[2] ?? '').matchAll(/([a-z_]+)="((?:[^"\\]|\\.)*)"/g)].map(([, key, value]) => [key, value]),
    );
    if (Object.entries(labels).every(([key, value]) => pairs.get(key) === value)) return Number(match[3]);
  }
  return undefined;
}
