import type { INestApplication } from '@nestjs/common';
import { decodeJwt, SignJWT } from 'jose';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import request from 'supertest';
import { createServiceApp } from '../src';
import { TEST_JWT_SECRET, testEnv } from '../src/testing';
import { sampleService } from './fixtures/sample.module';

const run = promisify(execFile);
const repoRoot = join(__dirname, '..', '..', '..');
const validSchool = { name: 'De Regenboog', pupils: 212, address: { postcode: '1234 AB' } };
const MINUTE = 60;
const HOUR = 3_600;
const YEAR = 365 * 24 * HOUR;

interface Times {
  iat?: number;
  exp?: number;
  nbf?: number;
}

/** A helpdesk token signed with the test secret, with exactly these time claims (seconds from now). */
function tokenWith(times: Times): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const claims = Object.fromEntries(
    Object.entries(times).map(([claim, offset]: [string, number]) => [claim, now + offset]),
  );
  return new SignJWT({ roles: ['helpdesk'], ...claims })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject('desk-anna')
    .sign(new TextEncoder().encode(TEST_JWT_SECRET));
}

describe('the lifetime of bearer tokens', () => {
  let app: INestApplication;

  const register = (token: string) =>
    request(app.getHttpServer()).post('/samples').set('authorization', `Bearer ${token}`).send(validSchool);

  beforeAll(async () => {
    ({ app } = await createServiceApp(sampleService, { env: testEnv() }));
  });

  afterAll(async () => {
    await app.close();
  });

  it('refuses a token without an expiry with 401 saying it must expire', async () => {
    const response = await register(await tokenWith({ iat: 0 }));

    expect(response.status).toBe(401);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({
      code: 'AUTH.INVALID_TOKEN',
      detail: expect.stringMatching(/no expiry/),
    });
  });

  it('refuses a token valid for 100 years with 401 naming the maximum lifetime', async () => {
    const response = await register(await tokenWith({ iat: 0, exp: 100 * YEAR }));

    expect(response.status).toBe(401);
    expect(response.body).toMatchObject({
      code: 'AUTH.INVALID_TOKEN',
      detail: expect.stringMatching(/longer than the 43200 seconds allowed/),
    });
  });

  it('refuses a 100-year token that leaves out its issue time', async () => {
    const response = await register(await tokenWith({ exp: 100 * YEAR }));

    expect(response.status).toBe(401);
    expect(response.body.detail).toMatch(/longer than the 43200 seconds allowed/);
  });

  it('accepts a token that lives exactly the maximum of 12 hours', async () => {
    const response = await register(await tokenWith({ iat: 0, exp: 12 * HOUR }));

    expect(response.status).toBe(201);
  });

  it('accepts a token that expired 10 seconds ago, within the clock tolerance', async () => {
    const response = await register(await tokenWith({ iat: -HOUR, exp: -10 }));

    expect(response.status).toBe(201);
  });

  it('refuses a token that expired 5 minutes ago with 401 saying it expired', async () => {
    const response = await register(await tokenWith({ iat: -HOUR, exp: -5 * MINUTE }));

    expect(response.status).toBe(401);
    expect(response.body).toMatchObject({
      code: 'AUTH.INVALID_TOKEN',
      detail: expect.stringMatching(/expired/),
    });
  });

  it('accepts a token issued and valid from 10 seconds from now, as the issuer’s clock may run ahead', async () => {
    const response = await register(await tokenWith({ iat: 10, nbf: 10, exp: HOUR }));

    expect(response.status).toBe(201);
  });

  it('refuses a token issued 5 minutes from now', async () => {
    const response = await register(await tokenWith({ iat: 5 * MINUTE, exp: HOUR }));

    expect(response.status).toBe(401);
    expect(response.body.detail).toMatch(/issued in the future/);
  });

  it('refuses a token not valid before 5 minutes from now', async () => {
    const response = await register(await tokenWith({ iat: 0, nbf: 5 * MINUTE, exp: HOUR }));

    expect(response.status).toBe(401);
    expect(response.body.detail).toMatch(/nbf/);
  });

  it('accepts a fresh token of the development CLI, which lives one hour by default', async () => {
    const { stdout } = await run(
      'npm',
      ['run', '--silent', 'token', '--', 'helpdesk', '--sub', 'desk-bram'],
      {
        cwd: repoRoot,
        env: { ...process.env, JWT_SECRET: TEST_JWT_SECRET },
      },
    );
    const token = stdout.trim();

    const response = await register(token);

    expect(response.status).toBe(201);
    expect(response.body.by).toBe('desk-bram');
    const { iat, exp } = decodeJwt(token);
    expect(exp !== undefined && iat !== undefined ? exp - iat : undefined).toBe(HOUR);
  });
});

describe('a service configured with a shorter lifetime and no clock tolerance', () => {
  let app: INestApplication;

  const register = (token: string) =>
    request(app.getHttpServer()).post('/samples').set('authorization', `Bearer ${token}`).send(validSchool);

  beforeAll(async () => {
    ({ app } = await createServiceApp(sampleService, {
      env: testEnv({ JWT_MAX_LIFETIME_SECONDS: '600', JWT_CLOCK_TOLERANCE_SECONDS: '0' }),
    }));
  });

  afterAll(async () => {
    await app.close();
  });

  it('refuses a token valid for an hour', async () => {
    const response = await register(await tokenWith({ iat: 0, exp: HOUR }));

    expect(response.status).toBe(401);
    expect(response.body.detail).toMatch(/longer than the 600 seconds allowed/);
  });

  it('accepts a token valid for 10 minutes', async () => {
    const response = await register(await tokenWith({ iat: 0, exp: 10 * MINUTE }));

    expect(response.status).toBe(201);
  });

  it('refuses a token that expired 10 seconds ago', async () => {
    const response = await register(await tokenWith({ iat: -5 * MINUTE, exp: -10 }));

    expect(response.status).toBe(401);
  });
});
