import { connect, type Socket } from 'node:net';
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

  it('exits cleanly within its shutdown timeout when a keep-alive connection was busy at SIGTERM', async () => {
    const started = await startService(sampleMain, {
      env: testEnv({ LOG_LEVEL: 'info' }),
      readyPath: '/health/live',
      timeoutMs: 30_000,
    });
    const socket = connect(Number(new URL(started.baseUrl).port), '127.0.0.1');
    try {
      const authorization = await tokenFor(['helpdesk']);
      const answer = exchange(
        socket,
        `GET /samples/slow?ms=1000 HTTP/1.1\r\nHost: service\r\nAuthorization: ${authorization}\r\n\r\n`,
      );
      await new Promise((resolve) => setTimeout(resolve, 300));
      started.child.kill('SIGTERM');

      expect(await answer).toMatch(/^HTTP\/1\.1 200/);
      // Exit code 1 would mean SHUTDOWN_TIMEOUT_MS ran out with the connection still open.
      expect(await started.exited).toBe(0);
    } finally {
      socket.destroy();
    }
  }, 30_000);

  it("keeps an idle keep-alive connection open longer than Node's 5 s default, so clients and proxies close it first", async () => {
    const started = await startService(sampleMain, {
      env: testEnv(),
      readyPath: '/health/live',
      timeoutMs: 30_000,
    });
    const socket = connect(Number(new URL(started.baseUrl).port), '127.0.0.1');
    try {
      const first = await exchange(socket, 'GET /health/live HTTP/1.1\r\nHost: service\r\n\r\n');
      // Idle for longer than Node's default (5 s, plus the 1 s Node 24 adds): a default server has closed it by now.
      await new Promise((resolve) => setTimeout(resolve, 7_000));
      const second = await exchange(socket, 'GET /health/live HTTP/1.1\r\nHost: service\r\n\r\n');

      expect(first).toMatch(/^HTTP\/1\.1 200/);
      expect(first).toMatch(/keep-alive: timeout=65/i);
      expect(second).toMatch(/^HTTP\/1\.1 200/);
    } finally {
      socket.destroy();
      started.child.kill('SIGTERM');
      await started.exited;
    }
  }, 30_000);
});

/** Writes one request on an open socket and resolves with the response's head, or rejects when the socket closes. */
function exchange(socket: Socket, requestText: string): Promise<string> {
  return new Promise((resolve, reject) => {
    if (socket.readyState !== 'open' && socket.readyState !== 'opening') {
      reject(new Error('the server closed the connection while it was idle'));
      return;
    }
    let received = '';
    const onData = (chunk: Buffer): void => {
      received += chunk.toString();
      if (received.includes('\r\n\r\n')) {
        cleanUp();
        resolve(received);
      }
    };
    const onClosed = (): void => {
      cleanUp();
      reject(new Error('the server closed the connection'));
    };
    const cleanUp = (): void => {
      socket.off('data', onData);
      socket.off('close', onClosed);
      socket.off('error', onClosed);
    };
    socket.on('data', onData);
    socket.once('close', onClosed);
    socket.once('error', onClosed);
    socket.write(requestText);
  });
}
