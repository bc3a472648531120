import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import request from 'supertest';
import { freePort, testEnv, tokenFor } from '../src/testing';

const repoRoot = join(__dirname, '..', '..', '..');
const sampleMain = join(__dirname, 'fixtures', 'sample.main.ts');

interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** Runs the sample service as a real process, the way `npm start` runs a service. */
function startSample(env: NodeJS.ProcessEnv): Started {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', sampleMain], {
    cwd: repoRoot,
    env: { ...process.env, ...env, SWC_NODE_PROJECT: 'tsconfig.base.json' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitForListening(url: string, started: Started): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (started.child.exitCode !== null) throw new Error(`service exited early:\n${started.output()}`);
    try {
      if ((await request(url).get('/health/live')).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`service did not start:\n${started.output()}`);
}

describe('a service process', () => {
  it('refuses to start without MONGODB_URI and says which variable is missing', async () => {
    // An empty value counts as unset, and overrides whatever the test runner's environment holds.
    const started = startSample(testEnv({ PORT: String(await freePort()), MONGODB_URI: '' }));

    const code = await started.exited;

    expect(code).toBe(1);
    expect(started.output()).toContain('MONGODB_URI is missing');
  });

  it('refuses to start with a malformed KAFKA_BROKERS and names it', async () => {
    const started = startSample(
      testEnv({ PORT: String(await freePort()), KAFKA_BROKERS: 'not a broker list' }),
    );

    const code = await started.exited;

    expect(code).toBe(1);
    expect(started.output()).toContain('KAFKA_BROKERS is invalid');
  });

  it('finishes a request in flight on SIGTERM, refuses new ones, then exits cleanly', async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const started = startSample(testEnv({ PORT: String(port), LOG_LEVEL: 'info' }));
    await waitForListening(url, started);
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
