// What the enrolment benchmarks share: starting the built service on a database of its own, JSON calls over a
// keep-alive agent, running work with a fixed number of clients, BRINs and percentiles.
const { spawn } = require('node:child_process');
const http = require('node:http');
const { join } = require('node:path');

const root = join(__dirname, '..', '..');

/**
 * Starts the built enrolment service (services/enrolment/dist/main.js) on `port` with `database` and waits until
 * `/health/ready` answers 200. Its topics, Redis keys and database are in the test namespace (`test…`), which
 * `npm run test:clean` removes and the services of `npm start` never read. BENCH_SERVICE_NODE_ARGS (e.g.
 * "--cpu-prof") and BENCH_LOG_LEVEL reach the service.
 */
async function startEnrolmentService({ port, database, secret, readyTimeoutMs = 60_000 }) {
  const started = Date.now();
  const nodeArgs = (process.env.BENCH_SERVICE_NODE_ARGS || '').split(' ').filter(Boolean);
  const child = spawn(
    process.execPath,
    [...nodeArgs, join(root, 'services', 'enrolment', 'dist', 'main.js')],
    {
      env: {
        MONGODB_URI: 'mongodb://127.0.0.1:27017',
        KAFKA_BROKERS: '127.0.0.1:9092',
        REDIS_URL: 'redis://127.0.0.1:6379',
        ...process.env,
        PORT: String(port),
        MONGODB_DATABASE: database,
        KAFKA_TOPIC_PREFIX: `test.${database}.`,
        REDIS_KEY_PREFIX: `test:${database}`,
        IDEMPOTENCY_KEY_PREFIX: `test:${database}:idempotency`,
        JWT_SECRET: secret,
        LOG_LEVEL: process.env.BENCH_LOG_LEVEL || 'warn',
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  const deadline = Date.now() + readyTimeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the service exited with ${child.exitCode}`);
    const ready = await fetch(`http://127.0.0.1:${port}/health/ready`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return { child, readyMs: Date.now() - started };
    if (Date.now() > deadline)
      throw new Error(`the service did not become ready in ${readyTimeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** One JSON request to 127.0.0.1:`port` over `agent`; answers the status and the parsed body. */
function callJson({ port, agent }, method, path, token, body, extraHeaders = {}) {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const request = http.request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        agent,
        headers: {
          authorization: `Bearer ${token}`,
          ...(payload
            ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }
            : {}),
          ...extraHeaders,
        },
      },
      (response) => {
        const chunks = [];
        response.on('data', (chunk) => chunks.push(chunk));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString();
          resolve({ status: response.statusCode, body: text ? JSON.parse(text) : undefined });
        });
      },
    );
    request.on('error', reject);
    if (payload) request.write(payload);
    request.end();
  });
}

async function expectStatus(promise, status, what) {
  const response = await promise;
  if (response.status !== status) {
    throw new Error(`${what}: expected ${status}, got ${response.status} ${JSON.stringify(response.body)}`);
  }
  return response.body;
}

/** Runs work(0) … work(count - 1) with `concurrency` clients. */
async function inBatches(count, concurrency, work) {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const index = next++;
        await work(index);
      }
    }),
  );
}

/** A distinct, valid BRIN per index (10AA, 10AB, …). */
function brinOf(index) {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  return `${String(10 + Math.floor(index / 676)).padStart(2, '0')}${letters[Math.floor(index / 26) % 26]}${letters[index % 26]}`;
}

function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

module.exports = { brinOf, callJson, expectStatus, inBatches, percentile, startEnrolmentService };
