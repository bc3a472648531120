import { Controller, HttpCode, Module, Post, Req } from '@nestjs/common';
import type { INestApplication } from '@nestjs/common';
import type { Request } from 'express';
import request from 'supertest';
import { BODY_LIMIT_BYTES, createServiceApp, RawBody, Roles, type ServiceDefinition } from '../src';
import { testEnv, tokenFor } from '../src/testing';
import { SampleConfig } from './fixtures/sample.module';

const LARGE_LIMIT_BYTES = 3 * BODY_LIMIT_BYTES;

@Controller()
class UploadController {
  @Roles('admin')
  @Post('uploads')
  @HttpCode(200)
  @RawBody('application/x-ndjson')
  upload(@Req() req: Request): { bytes: number; lines: number } {
    const body: unknown = req.body;
    const text = Buffer.isBuffer(body) ? body.toString('utf8') : '';
    return { bytes: text.length, lines: text.split('\n').filter((line) => line !== '').length };
  }

  @Roles('admin')
  @Post('small')
  @HttpCode(200)
  small(): { ok: true } {
    return { ok: true };
  }
}

@Module({ controllers: [UploadController] })
class UploadModule {}

const uploadService: ServiceDefinition<SampleConfig> = {
  name: 'upload-sample',
  description: 'A service with one route that takes a large body of its own media type',
  module: UploadModule,
  config: SampleConfig,
  defaultPort: 3998,
  bodyLimits: { '/uploads': LARGE_LIMIT_BYTES },
};

describe('a route that reads a large body of its own media type', () => {
  let app: INestApplication;
  let admin: string;

  beforeAll(async () => {
    ({ app } = await createServiceApp(uploadService, { env: testEnv() }));
    admin = await tokenFor(['admin']);
  });

  afterAll(async () => {
    await app.close();
  });

  const post = (path: string, body: string, contentType: string) =>
    request(app.getHttpServer())
      .post(path)
      .set('authorization', admin)
      .set('content-type', contentType)
      .send(body);

  const lines = (bytes: number): string => `${'{"x":1}\n'.repeat(Math.floor(bytes / 8))}`;

  it('hands the route its body as bytes, above the common limit and within its own', async () => {
    const body = lines(2 * BODY_LIMIT_BYTES);

    const response = await post('/uploads?dryRun=true', body, 'application/x-ndjson').expect(200);

    expect(response.body).toEqual({ bytes: body.length, lines: body.length / 8 });
  });

  it('refuses a body above the route’s own limit with 413', async () => {
    const response = await post('/uploads', lines(LARGE_LIMIT_BYTES + 64), 'application/x-ndjson');

    expect({ status: response.status, code: response.body.code }).toEqual({
      status: 413,
      code: 'REQUEST.TOO_LARGE',
    });
  });

  it('refuses another media type on that route with 415', async () => {
    const response = await post('/uploads', '{"x":1}', 'application/json');

    expect({ status: response.status, code: response.body.code }).toEqual({
      status: 415,
      code: 'REQUEST.UNSUPPORTED_MEDIA_TYPE',
    });
  });

  it('keeps the common limit on every other route', async () => {
    const response = await post(
      '/small',
      JSON.stringify({ x: 'x'.repeat(BODY_LIMIT_BYTES) }),
      'application/json',
    );

    expect(response.status).toBe(413);
  });
});
