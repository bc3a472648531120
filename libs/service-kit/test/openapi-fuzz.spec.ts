import type { INestApplication } from '@nestjs/common';
import type { OpenAPIObject } from '@nestjs/swagger';
import request from 'supertest';
import type { App } from 'supertest/types';
import { createServiceApp } from '../src';
import { assertNoFuzzFailures, fuzzOpenApi, testEnv } from '../src/testing';
import { brokenOpenApiSampleService, openApiSampleService } from './fixtures/openapi-sample.module';

async function documentOf(app: INestApplication): Promise<OpenAPIObject> {
  const response = await request(app.getHttpServer() as App)
    .get('/docs-json')
    .expect(200);
  return response.body as OpenAPIObject;
}

describe('the OpenAPI document the kit serves', () => {
  let app: INestApplication;
  let document: OpenAPIObject;

  beforeAll(async () => {
    ({ app } = await createServiceApp(openApiSampleService, { env: testEnv() }));
    document = await documentOf(app);
  });

  afterAll(async () => {
    await app.close();
  });

  it("documents every error answer of an endpoint that needs a token as a problem document, the service's refusals on commands", () => {
    const read = document.paths['/sample/count']?.get;
    const command = document.paths['/sample/schools/{brin}/notes']?.post;
    const problem = {
      'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDetails' } },
    };

    expect(Object.keys(read?.responses ?? {}).sort()).toEqual(['200', '400', '401', '403', '503']);
    expect(Object.keys(command?.responses ?? {}).sort()).toEqual([
      '201',
      '400',
      '401',
      '403',
      '404',
      '409',
      '413',
      '415',
      '503',
    ]);
    expect(command?.responses['409']).toMatchObject({ content: problem });
    expect(read?.responses['401']).toMatchObject({ content: problem });
    expect(document.components?.schemas?.['ProblemDetails']).toMatchObject({
      required: expect.arrayContaining(['type', 'title', 'status', 'code']),
      properties: { errors: { type: 'array' } },
    });
  });

  it('writes the rules of the validators into the parameters and bodies: integers, bounds, patterns, enums, no unknown fields', () => {
    const read = document.paths['/sample/count']?.get;
    const command = document.paths['/sample/schools/{brin}/notes']?.post;

    expect(read?.parameters).toEqual([
      expect.objectContaining({
        name: 'count',
        in: 'query',
        required: false,
        schema: expect.objectContaining({ type: 'integer', minimum: 0, maximum: 10 }),
      }),
    ]);
    expect(command?.parameters).toEqual([
      expect.objectContaining({
        name: 'brin',
        in: 'path',
        schema: expect.objectContaining({ pattern: '^[0-9]{2}[A-Z]{2}$' }),
      }),
    ]);
    expect(document.components?.schemas?.['NoteDto']).toEqual({
      type: 'object',
      additionalProperties: false,
      required: ['text', 'priority'],
      properties: {
        text: { type: 'string', minLength: 1, maxLength: 20 },
        priority: { type: 'string', enum: ['low', 'high'] },
        board: { type: 'string', pattern: '^[0-9]{5}$' },
        writtenOn: { type: 'string', format: 'date', pattern: '^20\\d{2}-\\d{2}-\\d{2}$' },
        words: { type: 'integer', minimum: 1, maximum: Number.MAX_SAFE_INTEGER },
      },
    });
  });

  it('lets a body whose every field is optional be left out, and requires one with a required field', () => {
    expect(document.paths['/sample/notes/read']?.post?.requestBody).toMatchObject({ required: false });
    expect(document.paths['/sample/schools/{brin}/notes']?.post?.requestBody).toMatchObject({
      required: true,
    });
  });
});

describe('the OpenAPI fuzz run', () => {
  it('passes a service whose answers are all documented', async () => {
    const { app } = await createServiceApp(openApiSampleService, { env: testEnv() });
    try {
      const report = await fuzzOpenApi(app, { maxExamples: 10 });

      expect(report.requests).toBeGreaterThan(10);
      // Three operations of its own, and the kit's /health/live, /health/ready and /metrics.
      expect(report.operations).toBe(6);
      expect(report.failures).toEqual([]);
      expect(() => assertNoFuzzFailures(report)).not.toThrow();
    } finally {
      await app.close();
    }
  }, 120_000);

  it('fails on a 5xx, naming the endpoint and the request that caused it', async () => {
    const { app } = await createServiceApp(brokenOpenApiSampleService, { env: testEnv() });
    try {
      const report = await fuzzOpenApi(app, { maxExamples: 10 });

      expect(report.serverErrors).toBeGreaterThan(0);
      expect(report.failures.join('\n')).toContain('GET /broken/count');
      expect(() => assertNoFuzzFailures(report)).toThrow(/GET \/broken\/count[\s\S]*curl .*count=/);
    } finally {
      await app.close();
    }
  }, 120_000);
});
