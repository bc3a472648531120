import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createServiceApp } from '../src';
import { eventually, freePort, type RedisServer, startRedisServer, testEnv } from '../src/testing';
import { sampleService } from './fixtures/sample.module';

async function readiness(app: INestApplication) {
  return request(app.getHttpServer()).get('/health/ready');
}

describe('readiness', () => {
  let redis: RedisServer;
  let app: INestApplication;

  beforeAll(async () => {
    // A Redis of this test's own, so stopping it leaves the shared one alone.
    redis = await startRedisServer();
    ({ app } = await createServiceApp(sampleService, { env: testEnv({ REDIS_URL: redis.url }) }));
  });

  afterAll(async () => {
    await app.close();
    await redis.stop();
  });

  it('answers 200 with MongoDB, Kafka and Redis each reported up', async () => {
    const response = await readiness(app);

    expect(response.status).toBe(200);
    expect(response.body.details).toEqual({
      mongodb: { status: 'up' },
      kafka: { status: 'up' },
      redis: { status: 'up' },
    });
  });

  it('answers 503 naming Redis while Redis is stopped, and 200 again once it is back', async () => {
    await redis.stop();

    const down = await eventually(async () => {
      const response = await readiness(app);
      return response.status === 503 ? response : undefined;
    }, 15_000);
    expect(down.status).toBe(503);
    expect(down.body.error).toEqual({ redis: { status: 'down', message: expect.any(String) } });
    expect(down.body.details.mongodb.status).toBe('up');
    expect(down.body.details.kafka.status).toBe('up');

    await redis.start();
    const up = await eventually(async () => {
      const response = await readiness(app);
      return response.status === 200 ? response : undefined;
    }, 15_000);
    expect(up.status).toBe(200);
  });

  it('stays live while a dependency is down', async () => {
    await redis.stop();
    try {
      const response = await request(app.getHttpServer()).get('/health/live');
      expect(response.status).toBe(200);
    } finally {
      await redis.start();
    }
  });
});

describe('readiness without a Kafka broker', () => {
  let app: INestApplication;

  beforeAll(async () => {
    const nothingListens = await freePort();
    ({ app } = await createServiceApp(sampleService, {
      env: testEnv({ KAFKA_BROKERS: `127.0.0.1:${nothingListens}` }),
    }));
  });

  afterAll(async () => {
    await app.close();
  });

  it('stays ready, because commands keep their events in the outbox, and reports Kafka down in the details', async () => {
    const response = await readiness(app);

    expect(response.status).toBe(200);
    expect(response.body.status).toBe('ok');
    expect(response.body.error).toEqual({});
    expect(response.body.details).toEqual({
      mongodb: { status: 'up' },
      redis: { status: 'up' },
      kafka: { status: 'down', message: expect.any(String) },
    });
  });
});
