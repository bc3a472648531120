import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createServiceApp } from '../src';
import {
  callerFor,
  type Caller,
  eventually,
  type RedisServer,
  startRedisServer,
  testEnv,
  uniqueName,
} from '../src/testing';
import { kitService } from './fixtures/kit-http.module';

// REDIS_COMMAND_TIMEOUT_MS below, plus room for a slow test machine; far below the 4 s and 24 s of before.
const FAST_MS = 2_000;

describe('a POST with an Idempotency-Key while Redis is away', () => {
  let redis: RedisServer;
  let app: INestApplication;
  let desk: Caller;

  beforeAll(async () => {
    // A Redis of this test's own, so stopping and freezing it leaves the shared one alone.
    redis = await startRedisServer();
    ({ app } = await createServiceApp(kitService, {
      env: testEnv({
        REDIS_URL: redis.url,
        REDIS_COMMAND_TIMEOUT_MS: '300',
        IDEMPOTENCY_KEY_PREFIX: `test:${uniqueName('outage')}:idempotency`,
      }),
    }));
    desk = await callerFor(app, 'helpdesk', 'desk-outage');
  });

  afterAll(async () => {
    redis.resume();
    await app.close();
    await redis.stop();
  });

  async function fileNote(key: string): Promise<{ response: request.Response; tookMs: number }> {
    const started = Date.now();
    const response = await desk.post('/kit/notes').set('idempotency-key', key).send({ text: 'een' });
    return { response, tookMs: Date.now() - started };
  }

  function expectUnavailable({ response, tookMs }: { response: request.Response; tookMs: number }): void {
    expect(response.status).toBe(503);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.headers['retry-after']).toMatch(/^[1-9][0-9]*$/);
    expect(response.body).toMatchObject({ status: 503, code: 'DEPENDENCY.UNAVAILABLE' });
    expect(JSON.stringify(response.body)).not.toMatch(/timed out|ECONNREFUSED|writeable/i);
    expect(tookMs).toBeLessThan(FAST_MS);
  }

  it('answers 503 with Retry-After at once while Redis is stopped, and files again once it is back', async () => {
    await redis.stop();
    try {
      expectUnavailable(await fileNote(uniqueName('key')));
    } finally {
      await redis.start();
    }

    const back = await eventually(async () => {
      const { response } = await fileNote(uniqueName('key'));
      expect(response.status).toBe(201);
      return response;
    }, 15_000);
    expect(back.body).toMatchObject({ text: 'een' });
  });

  it('answers 503 with Retry-After within the command timeout while Redis is frozen, and files again once it runs', async () => {
    redis.pause();
    try {
      expectUnavailable(await fileNote(uniqueName('key')));
      // A second request does not queue behind the first one's wait.
      expectUnavailable(await fileNote(uniqueName('key')));
    } finally {
      redis.resume();
    }

    const key = uniqueName('key');
    const filed = await eventually(async () => {
      const { response } = await fileNote(key);
      expect(response.status).toBe(201);
      return response;
    }, 15_000);
    const retried = await fileNote(key);
    expect(retried.response.status).toBe(201);
    expect(retried.response.headers['idempotent-replayed']).toBe('true');
    expect(retried.response.body).toEqual(filed.body);
  });

  it('lets the same key file once Redis runs again, although its claim reached Redis after the 503', async () => {
    const key = uniqueName('key');
    redis.pause();
    try {
      // The claim waits in the socket while Redis is frozen; the client gave up on it, Redis will still run it.
      expectUnavailable(await fileNote(key));
    } finally {
      redis.resume();
    }

    const filed = await eventually(async () => {
      const { response } = await fileNote(key);
      expect(response.status).toBe(201);
      return response;
    }, 5_000);
    expect(filed.body).toMatchObject({ text: 'een' });
    expect(filed.headers['idempotent-replayed']).toBeUndefined();
  });

  it('keeps answering requests that do not need Redis while it is frozen', async () => {
    redis.pause();
    try {
      const started = Date.now();
      const response = await request(app.getHttpServer()).get('/health/live');
      expect(response.status).toBe(200);
      expect(Date.now() - started).toBeLessThan(FAST_MS);
    } finally {
      redis.resume();
    }
  });
});
