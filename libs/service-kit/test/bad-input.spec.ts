import type { INestApplication } from '@nestjs/common';
import { gzipSync } from 'node:zlib';
import request from 'supertest';
import { createServiceApp } from '../src';
import { BODY_LIMIT_BYTES, BODY_MAX_DEPTH } from '../src/http/json-body';
import { testEnv, tokenFor } from '../src/testing';
import { sampleService } from './fixtures/sample.module';

const validSchool = { name: 'De Regenboog', pupils: 212, address: { postcode: '1234 AB' } };

function fieldsOf(response: request.Response): string[] {
  return (response.body as { errors: { field: string }[] }).errors.map((error) => error.field);
}

describe('bad input is answered with a 4xx problem document, never a 500', () => {
  let app: INestApplication;
  let helpdesk: string;

  beforeAll(async () => {
    ({ app } = await createServiceApp(sampleService, { env: testEnv() }));
    helpdesk = await tokenFor(['helpdesk']);
  });

  afterAll(async () => {
    await app.close();
  });

  const postRaw = (body: string | Buffer, contentType = 'application/json') =>
    request(app.getHttpServer())
      .post('/samples')
      .set('authorization', helpdesk)
      .set('content-type', contentType)
      .send(body);

  function expectProblem(response: request.Response, status: number, code: string): void {
    expect({ status: response.status, code: response.body.code }).toEqual({ status, code });
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  }

  describe('the body as bytes', () => {
    it('refuses a body above the size limit with 413', async () => {
      const padding = 'x'.repeat(BODY_LIMIT_BYTES);
      const response = await postRaw(JSON.stringify({ ...validSchool, name: padding }));

      expectProblem(response, 413, 'REQUEST.TOO_LARGE');
    });

    it('accepts a body just under the size limit as far as parsing goes', async () => {
      const name = 'x'.repeat(BODY_LIMIT_BYTES - 200);
      const response = await postRaw(JSON.stringify({ ...validSchool, name }));

      expect(response.status).toBe(201);
    });

    it('refuses malformed JSON with 400', async () => {
      expectProblem(await postRaw('{"name": '), 400, 'REQUEST.MALFORMED_BODY');
    });

    it('refuses a malformed body without a valid token with 401, before looking at the body', async () => {
      const withoutToken = await request(app.getHttpServer())
        .post('/samples')
        .set('content-type', 'application/json')
        .send('{"name": ');
      const withBadToken = await request(app.getHttpServer())
        .post('/samples')
        .set('authorization', 'Bearer not-a-token')
        .set('content-type', 'text/plain')
        .send('{"name": ');

      expect(withoutToken.status).toBe(401);
      expect(withBadToken.status).toBe(401);
    });

    it('refuses a JSON body that is not an object or array with 400', async () => {
      expectProblem(await postRaw('"De Regenboog"'), 400, 'REQUEST.MALFORMED_BODY');
    });

    it('refuses JSON nested 10,000 levels deep with 400, without overflowing the stack', async () => {
      const deep = `{"name":${'['.repeat(10_000)}${']'.repeat(10_000)}}`;

      const response = await postRaw(deep);

      expectProblem(response, 400, 'REQUEST.TOO_DEEP');
    });

    it('refuses nesting one level beyond the limit, and counts no brackets inside strings', async () => {
      const tooDeep = `${'['.repeat(BODY_MAX_DEPTH)}${']'.repeat(BODY_MAX_DEPTH)}`;
      expectProblem(await postRaw(`{"name":${tooDeep}}`), 400, 'REQUEST.TOO_DEEP');

      const bracketsInText = { ...validSchool, name: `"[{\\${'['.repeat(BODY_MAX_DEPTH * 2)}` };
      expect((await postRaw(JSON.stringify(bracketsInText))).status).toBe(201);
    });

    it.each([
      ['text/plain', JSON.stringify(validSchool)],
      ['application/x-www-form-urlencoded', 'name=De+Regenboog&pupils=212'],
      ['application/xml', '<school/>'],
      ['application/json; charset=latin1', JSON.stringify(validSchool)],
    ])('refuses a body of type %s with 415', async (contentType, body) => {
      expectProblem(await postRaw(body, contentType), 415, 'REQUEST.UNSUPPORTED_MEDIA_TYPE');
    });

    it('accepts application/json with a UTF-8 charset and a +json media type', async () => {
      expect((await postRaw(JSON.stringify(validSchool), 'application/json; charset=utf-8')).status).toBe(
        201,
      );
      expect((await postRaw(JSON.stringify(validSchool), 'application/merge-patch+json')).status).toBe(201);
    });

    it('refuses a compressed body with 415', async () => {
      const response = await request(app.getHttpServer())
        .post('/samples')
        .set('authorization', helpdesk)
        .set('content-type', 'application/json')
        .set('content-encoding', 'gzip')
        .send(gzipSync(JSON.stringify(validSchool)));

      expect(response.status).toBe(415);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    });
  });

  describe('values every endpoint refuses', () => {
    it('refuses a NUL character in a nested string field with 400 naming the field', async () => {
      const response = await postRaw(
        JSON.stringify({ ...validSchool, address: { postcode: '1234 AB\u0000' } }),
      );

      expectProblem(response, 400, 'REQUEST.VALIDATION_FAILED');
      expect(response.body.errors).toEqual([
        { field: 'address.postcode', messages: ['address.postcode must not contain a NUL character'] },
      ]);
    });

    it('refuses a NUL character in a query string with 400', async () => {
      const response = await request(app.getHttpServer())
        .get('/samples/list?page=1%00')
        .set('authorization', helpdesk);

      expectProblem(response, 400, 'REQUEST.VALIDATION_FAILED');
      expect(response.body.errors).toEqual([
        { field: 'page', messages: ['page must not contain a NUL character'] },
      ]);
    });

    it.each([
      ['a string', { name: null }, 'name'],
      ['a boolean', { weakPerforming: null }, 'weakPerforming'],
    ])('refuses null for %s field of an optional field with 400 naming it', async (_kind, body, field) => {
      const response = await request(app.getHttpServer())
        .patch('/samples')
        .set('authorization', helpdesk)
        .send(body);

      expectProblem(response, 400, 'REQUEST.VALIDATION_FAILED');
      expect(fieldsOf(response)).toEqual([field]);
    });

    it.each([
      ['1e300', '1e300'],
      ['2^53 + 1', '9007199254740993'],
    ])('refuses a number of %s in a body with 400 instead of rounding it', async (_kind, number) => {
      const response = await postRaw(
        `{"name":"De Regenboog","pupils":${number},"address":{"postcode":"1234 AB"}}`,
      );

      expectProblem(response, 400, 'REQUEST.VALIDATION_FAILED');
      expect(fieldsOf(response)).toEqual(['pupils']);
      expect(JSON.stringify(response.body)).not.toContain('1e+300');
    });

    it.each(['1e300', '9007199254740993', '0x10', '1.5', ''])(
      'refuses page=%s in a query with 400',
      async (page) => {
        const response = await request(app.getHttpServer())
          .get(`/samples/list?page=${page}`)
          .set('authorization', helpdesk);

        expectProblem(response, 400, 'REQUEST.VALIDATION_FAILED');
        expect(fieldsOf(response)).toEqual(['page']);
      },
    );

    it('reads a whole page number up to 2^53 - 1', async () => {
      const response = await request(app.getHttpServer())
        .get('/samples/list?page=9007199254740991&pageSize=5')
        .set('authorization', helpdesk);

      expect(response.status).toBe(200);
      expect(response.body).toEqual({ page: 9007199254740991, pageSize: 5 });
    });
  });
});
