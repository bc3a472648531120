import type { INestApplication } from '@nestjs/common';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { createServer, type Server } from 'node:http';
import request from 'supertest';
import { createServiceApp } from '../src';
import { captureLogs, freePort, testEnv, tokenFor } from '../src/testing';
import { sampleService } from './fixtures/sample.module';
import { unguardedService } from './fixtures/unguarded.module';

const validSchool = { name: 'De Regenboog', pupils: 212, address: { postcode: '1234 AB' } };

describe('a service booted with service-kit', () => {
  let app: INestApplication;
  const logs = captureLogs();

  beforeAll(async () => {
    ({ app } = await createServiceApp(sampleService, {
      env: testEnv({ LOG_LEVEL: 'info' }),
      logDestination: logs.stream,
    }));
  });

  afterAll(async () => {
    await app.close();
  });

  describe('authentication and roles', () => {
    it('refuses a request without a token with 401 and a problem document', async () => {
      const response = await request(app.getHttpServer()).post('/samples').send(validSchool);

      expect(response.status).toBe(401);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.headers['www-authenticate']).toBe('Bearer');
      expect(response.body).toMatchObject({
        status: 401,
        code: 'AUTH.UNAUTHENTICATED',
        instance: '/samples',
      });
    });

    it('refuses a token signed with another secret with 401', async () => {
      const { mintDevelopmentToken } = await import('../src');
      const forged = await mintDevelopmentToken({ roles: ['helpdesk'], secret: 'x'.repeat(40) });

      const response = await request(app.getHttpServer())
        .post('/samples')
        .set('authorization', `Bearer ${forged}`)
        .send(validSchool);

      expect(response.status).toBe(401);
      expect(response.body.code).toBe('AUTH.INVALID_TOKEN');
    });

    it('refuses a caller without one of the endpoint roles with 403 naming the roles needed', async () => {
      const response = await request(app.getHttpServer())
        .post('/samples')
        .set('authorization', await tokenFor(['monitoring']))
        .send(validSchool);

      expect(response.status).toBe(403);
      expect(response.body.code).toBe('AUTH.FORBIDDEN');
      expect(response.body.detail).toContain('helpdesk, admin');
      expect(response.body.detail).toContain('monitoring');
    });

    it('lets a caller with an allowed role through and tells the handler who it is', async () => {
      const response = await request(app.getHttpServer())
        .post('/samples')
        .set('authorization', await tokenFor(['helpdesk'], 'loket-anna'))
        .send(validSchool);

      expect(response.status).toBe(201);
      expect(response.body).toEqual({ registered: 'De Regenboog', pupils: 212, by: 'loket-anna' });
    });

    it('keeps health and documentation open without a token', async () => {
      const server = app.getHttpServer();

      expect((await request(server).get('/health/live')).status).toBe(200);
      expect((await request(server).get('/samples/open')).status).toBe(200);
      const docs = await request(server).get('/docs-json');
      expect(docs.status).toBe(200);
      expect(Object.keys(docs.body.paths)).toEqual(expect.arrayContaining(['/samples', '/health/ready']));
      expect((await request(server).get('/docs')).status).toBe(200);
    });

    it('refuses to boot when an endpoint declares neither roles nor public access', async () => {
      await expect(createServiceApp(unguardedService, { env: testEnv() })).rejects.toThrow(
        'Endpoints without @Roles(...) or @Public(): ForgottenController.everyone',
      );
    });
  });

  describe('validation', () => {
    it('answers an invalid body with 400 naming every failing field, nested ones included', async () => {
      const response = await request(app.getHttpServer())
        .post('/samples')
        .set('authorization', await tokenFor(['helpdesk']))
        .send({ name: 'X', pupils: -3, address: { postcode: 'nope' } });

      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body.code).toBe('REQUEST.VALIDATION_FAILED');
      const errors = response.body.errors as { field: string }[];
      expect(errors.map((error) => error.field).sort()).toEqual(['address.postcode', 'name', 'pupils']);
    });

    it('refuses fields the endpoint does not know', async () => {
      const response = await request(app.getHttpServer())
        .post('/samples')
        .set('authorization', await tokenFor(['helpdesk']))
        .send({ ...validSchool, isAdmin: true });

      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual([
        { field: 'isAdmin', messages: ['property isAdmin should not exist'] },
      ]);
    });

    it('answers a body that is not JSON with 400', async () => {
      const response = await request(app.getHttpServer())
        .post('/samples')
        .set('authorization', await tokenFor(['helpdesk']))
        .set('content-type', 'application/json')
        .send('{"name": ');

      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    });
  });

  describe('errors', () => {
    it('maps a domain error code to its configured status', async () => {
      const response = await request(app.getHttpServer())
        .get('/samples/closed-round')
        .set('authorization', await tokenFor(['helpdesk']));

      expect(response.status).toBe(409);
      expect(response.body).toMatchObject({
        code: 'SAMPLE.ROUND_CLOSED',
        type: 'urn:okr:problem:sample.round_closed',
        detail: 'The subsidy round has closed',
      });
    });

    it('tells a client refused with 503 when to try again, whatever raised it', async () => {
      const response = await request(app.getHttpServer())
        .get('/samples/paused')
        .set('authorization', await tokenFor(['helpdesk']));

      expect(response.status).toBe(503);
      expect(response.body.code).toBe('SAMPLE.PAUSED');
      expect(response.headers['retry-after']).toBe('5');
    });

    it('answers an unexpected error with 500 without leaking its message', async () => {
      const response = await request(app.getHttpServer())
        .get('/samples/crash')
        .set('authorization', await tokenFor(['helpdesk']));

      expect(response.status).toBe(500);
      expect(response.body.code).toBe('INTERNAL');
      expect(JSON.stringify(response.body)).not.toContain('secret internal detail');
    });

    it('answers an unknown route with a 404 problem document', async () => {
      const response = await request(app.getHttpServer()).get('/nowhere');

      expect(response.status).toBe(404);
      expect(response.body.code).toBe('REQUEST.NOT_FOUND');
    });
  });

  describe('correlation ids and logs', () => {
    it('returns the caller’s correlation id and logs the request with it as JSON', async () => {
      const response = await request(app.getHttpServer())
        .get('/samples/open')
        .set('x-correlation-id', 'inquiry-4711');

      expect(response.headers['x-correlation-id']).toBe('inquiry-4711');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(logs.lines()).toContainEqual(
        expect.objectContaining({
          service: 'sample',
          correlationId: 'inquiry-4711',
          path: '/samples/open',
          status: 200,
          msg: 'request completed',
        }),
      );
    });

    it('makes up a correlation id when the caller sends none, and puts it in problem documents', async () => {
      const response = await request(app.getHttpServer()).post('/samples').send(validSchool);

      expect(response.headers['x-correlation-id']).toMatch(/^[0-9a-f-]{36}$/);
      expect(response.body.correlationId).toBe(response.headers['x-correlation-id']);
    });
  });
});

describe('RS256 tokens from a JWKS endpoint', () => {
  let app: INestApplication;
  let jwks: Server;
  let sign: (roles: string[]) => Promise<string>;

  beforeAll(async () => {
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'key-1', alg: 'RS256', use: 'sig' };
    const port = await freePort();
    jwks = createServer((_request, response) => {
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => jwks.listen(port, '127.0.0.1', resolve));
    sign = (roles) =>
      new SignJWT({ roles })
        .setProtectedHeader({ alg: 'RS256', kid: 'key-1' })
        .setSubject('idp-user')
        .setIssuer('https://idp.example')
        .setExpirationTime('5m')
        .sign(privateKey);
    ({ app } = await createServiceApp(sampleService, {
      env: testEnv({
        JWT_SECRET: '',
        JWT_JWKS_URL: `http://127.0.0.1:${port}/jwks.json`,
        JWT_ISSUER: 'https://idp.example',
      }),
    }));
  });

  afterAll(async () => {
    await app.close();
    await new Promise((resolve) => jwks.close(resolve));
  });

  it('accepts a token signed by a key the JWKS publishes', async () => {
    const response = await request(app.getHttpServer())
      .post('/samples')
      .set('authorization', `Bearer ${await sign(['helpdesk'])}`)
      .send(validSchool);

    expect(response.status).toBe(201);
    expect(response.body.by).toBe('idp-user');
  });

  it('refuses an HS256 token when the service expects RS256', async () => {
    const response = await request(app.getHttpServer())
      .post('/samples')
      .set('authorization', await tokenFor(['helpdesk']))
      .send(validSchool);

    expect(response.status).toBe(401);
  });
});
