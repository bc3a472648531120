import { join } from 'node:path';
import request from 'supertest';
import { freePort, startProcess, startService, testEnv, tokenFor } from '../src/testing';

const sampleMain = join(__dirname, 'fixtures', 'sample.main.ts');

describe('a service process', () => {
  it('refuses to start without MONGODB_URI and says which variable is missing', async () => {
    // An empty value counts as unset, and overrides whatever the test runner's environment holds.
    const started = startProcess(sampleMain, testEnv({ PORT: String(await freePort()), MONGODB_URI: '' }));

    const code = await started.exited;

    expect(code).toBe(1);
    expect(started.output()).toContain('MONGODB_URI is missing');
  });

  it('refuses to start with a malformed KAFKA_BROKERS and names it', async () => {
    const started = startProcess(
      sampleMain,
      testEnv({ PORT: String(await freePort()), KAFKA_BROKERS: 'not a broker list' }),
    );

    const code = await started.exited;

    expect(code).toBe(1);
    expect(started.output()).toContain('KAFKA_BROKERS is invalid');
  });

  it('finishes a request in flight on SIGTERM, refuses new ones, then exits cleanly', async () => {
    const started = await startService(sampleMain, {
      env: testEnv({ LOG_LEVEL: 'info' }),
      readyPath: '/health/live',
      timeoutMs: 30_000,
    });
    const url = started.baseUrl;
    const authorization = await tokenFor(['helpdesk']);

    const inFlight = request(url).get('/samples/slow?ms=1500').set('authorization', authorization);
    const response = inFlight.then((result) => result);
    await new Promise((resolve) => setTimeout(resolve, 300));
    started.child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 200));
    const refused = await request(url)
      .get('/health/live')
      .then(() => 'answered')
      .catch((error: NodeJS.ErrnoException) => error.code);

    expect((await response).status).toBe(200);
    expect((await response).body).toEqual({ waitedMs: 1500 });
    expect(refused).toBe('ECONNREFUSED');
    expect(await started.exited).toBe(0);
    expect(started.output()).toContain('"msg":"stopped"');
  });
});
