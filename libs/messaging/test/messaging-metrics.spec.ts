import type { INestApplication } from '@nestjs/common';
import { TOPICS } from '@okr/contracts';
import { createServiceApp } from '@okr/service-kit';
import { tokenFor, uniqueName } from '@okr/service-kit/testing';
import request from 'supertest';
import { CommitStore, namespacedTopic } from '../src';
import { deleteTestTopics, eventually, messagingTestEnv, testKafka } from '../src/testing';
import { schoolRegistryService } from './fixtures/school-registry.module';

/** The value of the sample of `name` whose labels include `labels`, in Prometheus text; undefined if none. */
function sampleOf(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    const match = /^([a-z_]+)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const pairs = new Map(
      [...(match[2] ?? '').matchAll(/([a-z_]+)="((?:[^"\\]|\\.)*)"/g)].map(([, key, value]) => [key, value]),
    );
    if (Object.entries(labels).every(([key, value]) => pairs.get(key) === value)) return Number(match[3]);
  }
  return undefined;
}

describe('the metrics of a service with MessagingModule', () => {
  const env = messagingTestEnv('metered', { RELAY_IDLE_POLL_MS: '500' });
  const topicPrefix = env['KAFKA_TOPIC_PREFIX'] ?? '';
  const topic = namespacedTopic(topicPrefix, TOPICS.enrolment);
  const name = uniqueName('metered');
  const group = `okr.${name}`;
  let app: INestApplication;

  beforeAll(async () => {
    ({ app } = await createServiceApp(schoolRegistryService(name), { env }));
  });

  afterAll(async () => {
    await app.close();
    await deleteTestTopics(topicPrefix);
  });

  async function scrape(): Promise<string> {
    const response = await request(app.getHttpServer())
      .get('/metrics')
      .set('authorization', await tokenFor(['metrics']));
    expect(response.status).toBe(200);
    return response.text;
  }

  it('counts what the relay published, shows the outbox empty again, and the consumer caught up per partition', async () => {
    const brin = `${String(Math.floor(Math.random() * 90) + 10)}ME`;
    await request(app.getHttpServer())
      .post('/schools')
      .set('authorization', await tokenFor(['helpdesk']))
      .send({ brin, name: 'De Meetlat' })
      .expect(201);
    // Published: the registration, and the enrolment its handler caused.
    await eventually(async () => {
      const store = app.get(CommitStore);
      const latest = await store.latest(`welcome:${brin}`);
      return latest && !(await store.isPending(latest)) ? true : undefined;
    });

    const text = await eventually(async () => {
      const scraped = await scrape();
      return (sampleOf(scraped, 'okr_outbox_published_events_total', { topic }) ?? 0) >= 2
        ? scraped
        : undefined;
    });

    expect(sampleOf(text, 'okr_outbox_pending_commits')).toBe(0);
    expect(sampleOf(text, 'okr_outbox_oldest_pending_age_seconds')).toBe(0);
    const lags = [0, 1, 2].map((partition) =>
      sampleOf(text, 'okr_consumer_lag', { group, topic, partition: String(partition) }),
    );
    // Each partition that carried an event reports its lag, and the consumer has handled everything.
    expect(lags.filter((lag) => lag !== undefined).length).toBeGreaterThan(0);
    expect(lags.every((lag) => lag === undefined || lag === 0)).toBe(true);
  });

  it('shows a commit waiting for the relay from its marker, and how long it has waited', async () => {
    // A marker whose commit is not there (yet): the relay leaves it for the grace period, so it stays pending.
    const markers = app.get(CommitStore).markers;
    const id = `${uniqueName('waiting')}#1`;
    await markers.insertOne({ _id: id, stream: id, version: 1, committedAt: new Date(Date.now() - 90_000) });

    try {
      const text = await scrape();

      expect(sampleOf(text, 'okr_outbox_pending_commits')).toBe(1);
      expect(sampleOf(text, 'okr_outbox_oldest_pending_age_seconds')).toBeGreaterThanOrEqual(90);
    } finally {
      await markers.deleteOne({ _id: id });
    }
  });

  it('counts dead letters by topic and reason', async () => {
    const producer = testKafka().producer();
    await producer.connect();
    await producer.send({ topic, messages: [{ key: 'poison', value: 'not an envelope' }] });
    await producer.disconnect();

    const letters = await eventually(async () =>
      sampleOf(await scrape(), 'okr_consumer_dead_letters_total', {
        group,
        topic,
        reason: 'MALFORMED_ENVELOPE',
      }),
    );

    expect(letters).toBe(1);
  });
});
