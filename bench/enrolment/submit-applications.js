#!/usr/bin/env node
// Benchmark: submitting subsidy applications to the enrolment service (validation, eligibility rules,
// commit + outbox write), at increasing offered rates, with the outbox relay publishing to Kafka meanwhile.
//
// Run: `npm run build && node bench/enrolment/submit-applications.js` with the infrastructure up
// (`npm run infra:up`). It starts the built service (services/enrolment/dist/main.js) as a child process
// on a database of its own, registers schools with an exploratory conversation and fit intakes through
// the API, opens a round, then offers POST /subsidy-applications at each rate for STEP_SECONDS (open loop:
// requests leave on a fixed schedule, and latency counts from the scheduled moment, so a slow server cannot
// hide its queue). It prints one line per rate and the highest rate whose p99 stays within 100 ms.
//
// Settings (environment): BENCH_RATES (e.g. "300,500,700"), BENCH_STEP_SECONDS (default 10),
// BENCH_SCHOOLS (default 2500), BENCH_PORT (default 3901), BENCH_SERVICE_NODE_ARGS (e.g. "--cpu-prof" to profile
// the service).
const { spawn } = require('node:child_process');
const http = require('node:http');
const { randomUUID } = require('node:crypto');
const os = require('node:os');
const { join } = require('node:path');
const { mintDevelopmentToken } = require('@okr/service-kit');
const mongoose = require('mongoose');

const root = join(__dirname, '..', '..');
const PORT = Number(process.env.BENCH_PORT || 3901);
const RATES = (process.env.BENCH_RATES || '250,500,750,1000,1250').split(',').map(Number);
const STEP_SECONDS = Number(process.env.BENCH_STEP_SECONDS || 10);
const SCHOOLS = Number(process.env.BENCH_SCHOOLS || 2500);
const P99_LIMIT_MS = 100;
const SECRET = process.env.JWT_SECRET || 'development-only-secret-change-me-0123456789';
// Activities open to PO and VO whose amount rule allows 10,000 euro.
const ACTIVITIES = [
  'groeikracht',
  'de-transformatieve-school',
  'taallab-participating',
  'lerarenlab-participating',
];
const AMOUNT_CENTS = 1_000_000;

// Renewed before each rate: the service closes idle keep-alive sockets while the outbox drains in between.
let agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

function call(method, path, token, body, extraHeaders = {}) {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const request = http.request(
      {
        host: '127.0.0.1',
        port: PORT,
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

function brinOf(index) {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  return `${String(10 + Math.floor(index / 676)).padStart(2, '0')}${letters[Math.floor(index / 26) % 26]}${letters[index % 26]}`;
}

function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function startService() {
  // In the test namespace (test_…), which `npm run test:clean` removes and the platform never reads.
  const database = `test_bench_enrolment_${Date.now()}`;
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
        PORT: String(PORT),
        MONGODB_DATABASE: database,
        // Its events and Redis keys in the test namespace, which the services of `npm start` never read.
        KAFKA_TOPIC_PREFIX: `test.${database}.`,
        REDIS_KEY_PREFIX: `test:${database}`,
        JWT_SECRET: SECRET,
        LOG_LEVEL: process.env.BENCH_LOG_LEVEL || 'warn',
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the service exited with ${child.exitCode}`);
    const ready = await fetch(`http://127.0.0.1:${PORT}/health/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return { child, database };
    if (Date.now() > deadline) throw new Error('the service did not become ready in 60 s');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function setUp(tokens) {
  const round = await expectStatus(
    call('POST', '/subsidy-rounds', tokens.admin, {
      schoolYear: '2025-2026',
      opensAt: new Date(Date.now() - 3_600_000).toISOString(),
      closesAt: new Date(Date.now() + 86_400_000).toISOString(),
      budgetCents: 1_000_000_000_000,
      maxGrants: 100_000,
      activityAmounts: ACTIVITIES.map((activity) => ({ activity, maxAmountCents: AMOUNT_CENTS })),
    }),
    201,
    'open a round',
  );
  const roundId = round.roundId ?? round.id;
  await inBatches(SCHOOLS, 32, async (index) => {
    const brin = brinOf(index);
    await expectStatus(
      call('POST', '/schools', tokens.helpdesk, {
        brin,
        name: `Benchschool ${brin}`,
        sector: index % 2 ? 'VO' : 'PO',
        specialisedEducation: false,
        boardNumber: '41234',
        municipality: 'Zwolle',
        province: 'Overijssel',
        pupilCount: 320,
        weakPerforming: false,
        specialTargetGroups: false,
      }),
      201,
      'register a school',
    );
    const inquiry = await expectStatus(
      call('POST', '/inquiries', tokens.helpdesk, { brin, channel: 'phone', question: 'Hoe doen we mee?' }),
      201,
      'record an inquiry',
    );
    const inquiryId = inquiry.inquiryId ?? inquiry.id;
    await expectStatus(
      call('POST', `/inquiries/${inquiryId}/conversations`, tokens.helpdesk, { notes: 'Verkennend gesprek' }),
      201,
      'hold the exploratory conversation',
    );
    for (const activity of ACTIVITIES) {
      await expectStatus(
        call('POST', '/intakes', tokens.pillar, { brin, activity, outcome: 'fit', notes: 'Past', inquiryId }),
        201,
        'record a fit intake',
      );
    }
  });
  return roundId;
}

async function offer(rate, seconds, slots, tokens, roundId) {
  agent.destroy();
  agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const total = Math.round(rate * seconds);
  const latencies = [];
  const failures = {};
  const started = performance.now();
  const pending = [];
  for (let index = 0; index < total; index += 1) {
    const scheduled = started + (index * 1000) / rate;
    const wait = scheduled - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    const slot = slots.pop();
    if (!slot) throw new Error('ran out of school/activity places; raise BENCH_SCHOOLS');
    pending.push(
      call(
        'POST',
        '/subsidy-applications',
        tokens.helpdesk,
        {
          brin: slot.brin,
          activity: slot.activity,
          roundId,
          requestedAmountCents: AMOUNT_CENTS,
          motivation: 'Wij willen onze onderzoekscultuur versterken.',
        },
        { 'idempotency-key': randomUUID() },
      ).then(
        (response) => {
          latencies.push(performance.now() - scheduled);
          if (response.status !== 201) failures[response.status] = (failures[response.status] || 0) + 1;
        },
        (error) => {
          failures[error.code || 'error'] = (failures[error.code || 'error'] || 0) + 1;
        },
      ),
    );
  }
  await Promise.all(pending);
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    rate,
    achieved: Math.round(latencies.length / elapsed),
    count: latencies.length,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    max: latencies[latencies.length - 1],
    failures,
  };
}

/** Waits until the relay has published every commit (no marker left), so each rate starts from a steady state. */
async function outboxDrained(markers, timeoutMs = 120_000) {
  const started = Date.now();
  while ((await markers.countDocuments()) > 0) {
    if (Date.now() - started > timeoutMs) throw new Error('the outbox did not drain in time');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return Date.now() - started;
}

async function main() {
  const tokens = {
    helpdesk: await mintDevelopmentToken({ roles: ['helpdesk'], secret: SECRET, subject: 'bench-desk' }),
    pillar: await mintDevelopmentToken({
      roles: ['pillar-team:enrolment'],
      secret: SECRET,
      subject: 'bench-pillar',
    }),
    admin: await mintDevelopmentToken({ roles: ['admin'], secret: SECRET, subject: 'bench-admin' }),
  };
  const { child, database } = await startService();
  const connection = await mongoose
    .createConnection(process.env.MONGODB_URI || 'mongodb://127.0.0.1:27017', { dbName: database })
    .asPromise();
  const markers = connection.collection('outbox');
  try {
    const setupStarted = Date.now();
    const roundId = await setUp(tokens);
    console.log(
      `set up ${SCHOOLS} schools (inquiry, conversation, ${ACTIVITIES.length} fit intakes each) and a round in ${((Date.now() - setupStarted) / 1000).toFixed(1)} s`,
    );
    const slots = [];
    for (const activity of ACTIVITIES)
      for (let index = 0; index < SCHOOLS; index += 1) slots.push({ brin: brinOf(index), activity });
    slots.reverse();
    console.log(
      `the relay published the set-up's events ${((await outboxDrained(markers)) / 1000).toFixed(1)} s after it ended`,
    );
    // Warm-up: JIT, connection pools, caches.
    await offer(100, 3, slots, tokens, roundId);

    console.log(
      `\nPOST /subsidy-applications, open loop, ${STEP_SECONDS} s per rate; ${os.cpus().length} cores (${os.cpus()[0]?.model}); ` +
        `service, load generator, Kafka, FerretDB, PostgreSQL and Redis on this machine; database ${database}`,
    );
    console.log('offered/s  achieved/s  requests   p50 ms   p95 ms   p99 ms   max ms  non-201');
    let best;
    for (const rate of RATES) {
      const result = await offer(rate, STEP_SECONDS, slots, tokens, roundId);
      const failed =
        Object.entries(result.failures)
          .map(([status, count]) => `${status}×${count}`)
          .join(' ') || '0';
      console.log(
        `${String(rate).padStart(9)}  ${String(result.achieved).padStart(10)}  ${String(result.count).padStart(8)}` +
          `  ${result.p50.toFixed(1).padStart(7)}  ${result.p95.toFixed(1).padStart(7)}  ${result.p99.toFixed(1).padStart(7)}` +
          `  ${result.max.toFixed(1).padStart(7)}  ${failed}`,
      );
      const ok = result.p99 <= P99_LIMIT_MS && Object.keys(result.failures).length === 0;
      if (ok) best = result;
      if (!ok) break;
      await outboxDrained(markers);
    }
    console.log(
      best
        ? `\nhighest offered rate with p99 ≤ ${P99_LIMIT_MS} ms and no failures: ${best.rate} requests/s (p99 ${best.p99.toFixed(1)} ms)`
        : `\nno rate kept p99 ≤ ${P99_LIMIT_MS} ms`,
    );
    // The relay publishes while requests come in; how far behind it is at the end shows whether it keeps up.
    const drainStarted = Date.now();
    const pendingAtEnd = await markers.countDocuments();
    let pending = pendingAtEnd;
    while (pending > 0 && Date.now() - drainStarted < 60_000) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      pending = await markers.countDocuments();
    }
    console.log(
      `outbox: ${pendingAtEnd} commits not yet published when the last request was answered; ` +
        (pending === 0
          ? `all published ${((Date.now() - drainStarted) / 1000).toFixed(1)} s later`
          : `${pending} still pending after 60 s`),
    );
  } finally {
    await connection.close();
    child.kill('SIGTERM');
    agent.destroy();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
