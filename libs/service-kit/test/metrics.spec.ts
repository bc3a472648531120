import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createServiceApp } from '../src';
import { testEnv, tokenFor } from '../src/testing';
import { sampleService } from './fixtures/sample.module';

describe('/metrics', () => {
  let app: INestApplication;

  beforeAll(async () => {
    ({ app } = await createServiceApp(sampleService, { env: testEnv() }));
  });

  afterAll(async () => {
    await app.close();
  });

  async function scrape(): Promise<string> {
    const response = await request(app.getHttpServer())
      .get('/metrics')
      .set('authorization', await tokenFor(['metrics']));
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toContain('text/plain');
    return response.text;
  }

  it('refuses an anonymous caller, so topic names and volumes stay inside', async () => {
    const response = await request(app.getHttpServer()).get('/metrics');

    expect(response.status).toBe(401);
    expect(response.text).not.toContain('okr_');
  });

  it('refuses a token without the metrics or admin role', async () => {
    const response = await request(app.getHttpServer())
      .get('/metrics')
      .set('authorization', await tokenFor(['helpdesk']));

    expect(response.status).toBe(403);
  });

  it('times requests by route pattern and status, never by the URL a caller sent', async () => {
    const helpdesk = await tokenFor(['helpdesk']);
    await request(app.getHttpServer()).get('/samples/list?page=2&pageSize=5').set('authorization', helpdesk);
    await request(app.getHttpServer()).get('/samples/list?page=3&pageSize=5').set('authorization', helpdesk);
    await request(app.getHttpServer()).get('/samples/no-such-thing-4711');

    const text = await scrape();

    expect(text).toMatch(
      /okr_http_request_duration_seconds_count\{service="sample",method="GET",route="\/samples\/list",status="200"\} 2/,
    );
    expect(text).toMatch(
      /okr_http_request_duration_seconds_count\{service="sample",method="GET",route="\(unmatched\)",status="404"\} [1-9]/,
    );
    expect(text).not.toContain('page=2');
    expect(text).not.toContain('no-such-thing-4711');
  });

  it('serves the process metrics of the service', async () => {
    const text = await scrape();

    expect(text).toContain('# TYPE process_cpu_seconds_total counter');
    expect(text).toContain('nodejs_eventloop_lag_seconds');
    expect(text).toMatch(/^process_resident_memory_bytes \d+$/m);
  });

  it('answers an admin too', async () => {
    const response = await request(app.getHttpServer())
      .get('/metrics')
      .set('authorization', await tokenFor(['admin']));

    expect(response.status).toBe(200);
  });
});
