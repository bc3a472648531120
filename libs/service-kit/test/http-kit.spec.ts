import type { INestApplication } from '@nestjs/common';
import Redis from 'ioredis';
import { createServiceApp } from '../src';
import { callerFor, FixedClock, testEnv, uniqueName, type Caller } from '../src/testing';
import { kitService } from './fixtures/kit-http.module';

describe('the HTTP building blocks of service-kit', () => {
  const prefix = `test:${uniqueName('kit')}:idempotency`;
  const clock = new FixedClock('2024-07-31T22:30:00Z');
  const redis = new Redis(process.env['REDIS_URL'] || 'redis://127.0.0.1:6379', { lazyConnect: true });
  let app: INestApplication;
  let desk: Caller;

  beforeAll(async () => {
    ({ app } = await createServiceApp(kitService, {
      env: testEnv({ IDEMPOTENCY_KEY_PREFIX: prefix }),
      clock,
    }));
    desk = await callerFor(app, 'helpdesk', 'desk-anna');
  });

  afterAll(async () => {
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
    await app.close();
  });

  it('gives "now" and "today" from the clock it was started with, today in Dutch time', async () => {
    const first = await desk.get('/kit/today').expect(200);
    clock.setTo('2025-03-10T09:00:00Z');
    const second = await desk.get('/kit/today').expect(200);

    // 22:30 UTC on 31 July is 00:30 on 1 August in Amsterdam.
    expect(first.body).toEqual({ today: '2024-08-01', now: '2024-07-31T22:30:00.000Z' });
    expect(second.body).toEqual({ today: '2025-03-10', now: '2025-03-10T09:00:00.000Z' });
  });

  it('tells a handler who called, as the audit trail names the caller', async () => {
    const response = await desk.get('/kit/whoami').expect(200);

    expect(response.body).toEqual({ actor: 'desk-anna' });
  });

  it('pages a list with page and pageSize from the query, 20 to a page by default', async () => {
    const first = await desk.get('/kit/numbers').expect(200);
    const third = await desk.get('/kit/numbers?page=3&pageSize=20').expect(200);

    expect(first.body).toMatchObject({ page: 1, pageSize: 20, total: 45 });
    expect(first.body.items).toHaveLength(20);
    expect(third.body).toEqual({ items: [41, 42, 43, 44, 45], page: 3, pageSize: 20, total: 45 });
    await desk.get('/kit/numbers?pageSize=101').expect(400);
    await desk.get('/kit/numbers?page=0').expect(400);
  });

  it('checks a BRIN and a UUID in the path before the handler sees them', async () => {
    await desk.get('/kit/schools/12AB').expect(200);
    const badBrin = await desk.get('/kit/schools/12ab').expect(400);
    await desk.get('/kit/things/0190f4c2-7a1b-7c3d-8e4f-5a6b7c8d9e01').expect(200);
    await desk.get('/kit/things/42').expect(400);

    expect(JSON.stringify(badBrin.body)).toContain('brin is two digits and two capital letters');
  });

  it('answers a retried POST with the same Idempotency-Key from its first answer, kept under the configured prefix', async () => {
    const key = uniqueName('key');

    const first = await desk.post('/kit/notes').set('idempotency-key', key).send({ text: 'een' }).expect(201);
    const retry = await desk.post('/kit/notes').set('idempotency-key', key).send({ text: 'een' }).expect(201);
    const reused = await desk.post('/kit/notes').set('idempotency-key', key).send({ text: 'twee' });

    expect(retry.body).toEqual(first.body);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(reused.status).toBe(422);
    expect(await redis.exists(`${prefix}:desk-anna:${key}`)).toBe(1);
  });

  it('keeps the keys of two callers apart', async () => {
    const key = uniqueName('key');
    const other = await callerFor(app, 'helpdesk', 'desk-bram');

    const mine = await desk.post('/kit/notes').set('idempotency-key', key).send({ text: 'een' }).expect(201);
    const theirs = await other
      .post('/kit/notes')
      .set('idempotency-key', key)
      .send({ text: 'een' })
      .expect(201);

    expect(theirs.body.filed).toBe((mine.body as { filed: number }).filed + 1);
  });
});
