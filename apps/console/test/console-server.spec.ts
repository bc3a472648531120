import { freePort } from '@okr/service-kit/testing';
import { jwtVerify } from 'jose';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConsoleConfig } from '../server/console.config';
import { createConsoleServer } from '../server/console-server';

const SECRET = 'a-development-secret-of-at-least-32-characters';

interface Upstream {
  server: Server;
  url: string;
  seen: { method?: string; url?: string; headers: IncomingMessage['headers']; body: string }[];
}

/** A stand-in service that records what reached it and answers JSON, or a live stream on /kpis/stream. */
async function startUpstream(): Promise<Upstream> {
  const seen: Upstream['seen'] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      seen.push({ method: request.method, url: request.url, headers: request.headers, body });
      if (request.url === '/kpis/stream') {
        response.writeHead(200, { 'content-type': 'text/event-stream' });
        response.write('event: kpi\ndata: {"id":"a"}\n\n');
        return;
      }
      response.writeHead(201, { 'content-type': 'application/json', 'x-correlation-id': 'c-1' });
      response.end(JSON.stringify({ ok: true }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function close(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

function publicDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'console-public-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>console</title>');
  return dir;
}

describe('the console server', () => {
  let upstream: Upstream;
  let unreachablePort: number;

  beforeAll(async () => {
    upstream = await startUpstream();
    unreachablePort = await freePort();
  });

  afterAll(async () => {
    await close(upstream.server);
  });

  describe('with the development secret', () => {
    let server: Server;
    let base: string;

    beforeAll(async () => {
      const config = loadConsoleConfig({
        JWT_SECRET: SECRET,
        JWT_MAX_LIFETIME_SECONDS: '3600',
        CONSOLE_ENROLMENT_URL: upstream.url,
        CONSOLE_MONITORING_URL: upstream.url,
        CONSOLE_LABS_URL: `http://127.0.0.1:${unreachablePort}`,
      });
      server = createConsoleServer(config, publicDir());
      base = await listen(server);
    });

    afterAll(() => close(server));

    it('issues a token for the chosen roles, signed with the secret and no longer-lived than the services allow', async () => {
      const response = await fetch(`${base}/auth/development-token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ roles: ['helpdesk', 'subsidy-officer'], name: 'Anna' }),
      });
      expect(response.status).toBe(200);
      const { token, expiresInSeconds } = (await response.json()) as {
        token: string;
        expiresInSeconds: number;
      };
      const { payload } = await jwtVerify(token, new TextEncoder().encode(SECRET), { algorithms: ['HS256'] });
      expect(payload['roles']).toEqual(['helpdesk', 'subsidy-officer']);
      expect(payload['name']).toBe('Anna');
      expect(expiresInSeconds).toBe(3600);
      expect((payload.exp ?? 0) - (payload.iat ?? 0)).toBe(3600);
    });

    it('refuses an unknown role or no role with 400', async () => {
      for (const roles of [['superuser'], []]) {
        const response = await fetch(`${base}/auth/development-token`, {
          method: 'POST',
          body: JSON.stringify({ roles }),
        });
        expect(response.status).toBe(400);
        expect(((await response.json()) as { code: string }).code).toBe('CONSOLE.INVALID_SIGN_IN');
      }
    });

    it('tells the browser to show the development sign-in', async () => {
      const response = await fetch(`${base}/auth/config`);
      expect(await response.json()).toEqual({ mode: 'development' });
    });

    it('passes /api/<service>/… to the service without the prefix, with the bearer token, key and body', async () => {
      const response = await fetch(`${base}/api/enrolment/schools?search=Zwolle`, {
        method: 'POST',
        headers: { authorization: 'Bearer t', 'idempotency-key': 'k-1', 'content-type': 'application/json' },
        body: '{"brin":"12AB"}',
      });
      expect(response.status).toBe(201);
      expect(response.headers.get('x-correlation-id')).toBe('c-1');
      const request = upstream.seen.at(-1);
      expect(request).toMatchObject({
        method: 'POST',
        url: '/schools?search=Zwolle',
        body: '{"brin":"12AB"}',
      });
      expect(request?.headers['authorization']).toBe('Bearer t');
      expect(request?.headers['idempotency-key']).toBe('k-1');
      expect(request?.headers['x-forwarded-for']).toBe('127.0.0.1');
      expect(request?.headers['x-forwarded-prefix']).toBe('/api/enrolment');
    });

    it('streams Server-Sent Events as they come, before the stream ends', async () => {
      const controller = new AbortController();
      const response = await fetch(`${base}/api/monitoring/kpis/stream`, { signal: controller.signal });
      const reader = response.body?.getReader();
      const first = await reader?.read();
      expect(new TextDecoder().decode(first?.value)).toContain('event: kpi');
      controller.abort();
    });

    it('answers 502 with a problem document when the service does not answer', async () => {
      const response = await fetch(`${base}/api/labs/labs`);
      expect(response.status).toBe(502);
      expect(await response.json()).toMatchObject({ status: 502, code: 'CONSOLE.SERVICE_UNREACHABLE' });
    });

    it('answers 404 for a service it does not know, and serves the app for any page path', async () => {
      expect((await fetch(`${base}/api/unknown/things`)).status).toBe(404);
      const page = await fetch(`${base}/loket/scholen/12AB`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<title>console</title>');
      expect((await fetch(`${base}/assets/missing.js`)).status).toBe(404);
      expect((await fetch(`${base}/favicon.ico`)).status).toBe(404);
      expect((await fetch(`${base}/dashboard/kpi/improvement-culture.schools-in-trajectory`)).status).toBe(
        200,
      );
    });

    it('answers the probes without a token: live, and ready while the bundle is there', async () => {
      const live = await fetch(`${base}/health/live`);
      expect(live.status).toBe(200);
      expect(await live.json()).toEqual({ status: 'ok' });
      const ready = await fetch(`${base}/health/ready`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ status: 'ok', checks: { bundle: true } });
      expect((await fetch(`${base}/health/other`)).status).toBe(404);
    });

    it('never serves a file outside its folder', async () => {
      const response = await fetch(`${base}/..%2f..%2fetc%2fpasswd`);
      expect(await response.text()).not.toContain('root:');
    });
  });

  describe('with an identity provider (production)', () => {
    let server: Server;
    let base: string;

    beforeAll(async () => {
      const config = loadConsoleConfig({
        JWT_SECRET: SECRET,
        JWT_JWKS_URL: 'https://login.example.org/jwks',
        OIDC_ISSUER: 'https://login.example.org',
        OIDC_CLIENT_ID: 'console',
      });
      server = createConsoleServer(config, publicDir());
      base = await listen(server);
    });

    afterAll(() => close(server));

    it('has no development sign-in route, even with a JWT_SECRET left in the environment', async () => {
      const response = await fetch(`${base}/auth/development-token`, {
        method: 'POST',
        body: JSON.stringify({ roles: ['admin'] }),
      });
      expect(response.status).toBe(404);
    });

    it('tells the browser to sign in with the identity provider (code flow with PKCE)', async () => {
      const response = await fetch(`${base}/auth/config`);
      expect(await response.json()).toEqual({
        mode: 'oidc',
        issuer: 'https://login.example.org',
        clientId: 'console',
        scope: 'openid profile',
      });
    });
  });

  it('is live but not ready when its folder has no built bundle', async () => {
    const config = loadConsoleConfig({ OIDC_ISSUER: 'https://login.example.org', OIDC_CLIENT_ID: 'console' });
    const server = createConsoleServer(config, mkdtempSync(join(tmpdir(), 'console-empty-')));
    try {
      const base = await listen(server);
      expect((await fetch(`${base}/health/live`)).status).toBe(200);
      const ready = await fetch(`${base}/health/ready`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({ status: 'unavailable', checks: { bundle: false } });
    } finally {
      await close(server);
    }
  });

  it('refuses to start without a way to sign in', () => {
    expect(() => loadConsoleConfig({ JWT_JWKS_URL: 'https://login.example.org/jwks' })).toThrow(
      /OIDC_ISSUER/,
    );
  });
});
