#!/usr/bin/env node
// Benchmark: the monitoring service's read models fed from Kafka. On a fresh topic it measures
//   catch-up  how fast the service builds its read models from a backlog of BENCH_EVENTS mixed events
//             (events/s), from the moment it answers /health/ready (the boot before that is printed apart
//             and left out) until /health/lag reports it caught up with every event of the topic;
//   live lag  at a steady BENCH_LIVE_RATE events/s, how long an event takes from being acknowledged by
//             Kafka to showing in a KPI through the API: every 100 ms a probe (a SchoolEnrolled in
//             groeikracht of a school the stream never mentions) while the KPI is polled every 10 ms;
//   rebuild   how long POST /admin/rebuild takes to build a new version of the read models from offset 0
//             and switch to it, over every event on the topic by then;
//   baseline  a consumer built the common way (baseline-consumer.js: NestJS's Kafka transport, one mongoose
//             updateOne per event) reading the same topic from the beginning, with the monitoring service
//             stopped; the catch-up rate is printed as a multiple of it.
// The live lag is reported per phase, by when Kafka acknowledged the probe, counted from the first live event:
//   first 10 s  the probes of the first BENCH_LIVE_FIRST_SECONDS (default 10) after the catch-up (or after the
//               start of the live traffic, when BENCH_LIVE_WARMUP_SECONDS puts traffic without probes first);
//   steady      every probe after those;
//   all         both together.
// It prints a results block (figures, machine, command) and checks the floors: catch-up ≥ 5,000 events/s and
// ≥ 15× the baseline, live lag p99 ≤ 250 ms in every phase, a rebuild of 200,000 events ≤ 60 s. A missed floor
// prints FAIL but does not fail the run; an error does.
//
// Run: `npm run build && node bench/monitoring/run.js` with the infrastructure up (`npm run infra:up`;
// starting it is up to you). It starts the built service (services/monitoring/dist/main.js) as a child
// process on a database and a Redis prefix of its own, consuming only the benchmark's topic
// (MONITORING_TOPIC_PATTERN), and measuring its lag every 200 ms instead of every second
// (MONITORING_LAG_INTERVAL_MS), since catch-up and rebuild are timed by /health/lag and the switch-over to a
// rebuilt version waits for that measurement too. The topic (test.bench-<timestamp>.v1, 3 partitions), the
// databases and the Redis keys stay afterwards; delete them by hand when the disk matters.
//
// Settings (environment): BENCH_EVENTS (default 200000), BENCH_LIVE_RATE (events/s, default 1000),
// BENCH_LIVE_SECONDS (default 30), BENCH_LIVE_WARMUP_SECONDS (the same rate before probes start, so the
// figures are of a steady state rather than of the catch-up's last checkpoints; default 0: measured from the end of the catch-up),
// BENCH_LIVE_FIRST_SECONDS (default 10, see above), BENCH_PROBE_LOG (a file for one line per probe: number,
// acknowledged at (epoch ms), ms after the first live event, lag in ms), BENCH_TRACE_FILE (with
// service-trace.js preloaded, see there), BENCH_PORT (default 3905), BENCH_SKIP (phases to leave
// out, comma-separated: catchup,live,rebuild,baseline; live and rebuild still wait for the service to catch up
// first, without reporting it; BENCH_SKIP=baseline saves the baseline's ~5 minutes while iterating, but a
// recorded run includes it), BENCH_LOG_LEVEL (the service's, default warn), BENCH_SERVICE_NODE_ARGS (node flags
// of the service process, e.g. "--cpu-prof --cpu-prof-dir=.local/prof --trace-gc"), JWT_SECRET, MONGODB_URI,
// KAFKA_BROKERS, REDIS_URL. `--only baseline` (or any comma list of phases) runs just those; the baseline alone
// needs no monitoring service.
const { spawn } = require('node:child_process');
const http = require('node:http');
const os = require('node:os');
const { join } = require('node:path');
const { Kafka, Partitioners, logLevel } = require('kafkajs');
const { mintDevelopmentToken } = require('@okr/service-kit');
const { MixedEvents, probeEnvelope, toMessage } = require('./mixed-events');

const root = join(__dirname, '..', '..');
const PHASES = ['catchup', 'live', 'rebuild', 'baseline'];
const EVENTS = Number(process.env.BENCH_EVENTS || 200_000);
const LIVE_RATE = Number(process.env.BENCH_LIVE_RATE || 1_000);
const LIVE_SECONDS = Number(process.env.BENCH_LIVE_SECONDS || 30);
const LIVE_WARMUP_SECONDS = Number(process.env.BENCH_LIVE_WARMUP_SECONDS ?? 0);
const LIVE_FIRST_SECONDS = Number(process.env.BENCH_LIVE_FIRST_SECONDS ?? 10);
const PORT = Number(process.env.BENCH_PORT || 3905);
const SECRET = process.env.JWT_SECRET || 'development-only-secret-change-me-0123456789';
const MONGODB_URI = process.env.MONGODB_URI || 'mongodb://127.0.0.1:27017';
const KAFKA_BROKERS = process.env.KAFKA_BROKERS || '127.0.0.1:9092';
const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
const KPI_PATH = '/kpis/improvement-culture.schools-in-trajectory';
const PARTITIONS = 3;
const PRODUCE_BATCH = 2_000;
const PROBE_EVERY_MS = 100;
const POLL_EVERY_MS = 10;
const STATUS_EVERY_MS = 200;
const FLOORS = {
  catchUpPerSecond: 5_000,
  timesBaseline: 15,
  lagP99Ms: 250,
  rebuildSeconds: 60,
  rebuildEvents: 200_000,
};

const phases = selectPhases();
const children = new Set();
let agent = new http.Agent({ keepAlive: true, maxSockets: 16 });

function selectPhases() {
  const at = process.argv.indexOf('--only');
  const only = at === -1 ? undefined : (process.argv[at + 1] || '').split(',').filter(Boolean);
  const skip = (process.env.BENCH_SKIP || '').split(',').filter(Boolean);
  for (const name of [...(only ?? []), ...skip]) {
    if (!PHASES.includes(name)) throw new Error(`unknown phase ${name}; the phases are ${PHASES.join(', ')}`);
  }
  return new Set(PHASES.filter((phase) => (only ? only.includes(phase) : !skip.includes(phase))));
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const seconds = (ms) => (ms / 1000).toFixed(1);
const thousands = (n) => (typeof n === 'number' ? Math.round(n).toLocaleString('en-US') : '?');

function call(method, path, token, body) {
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
        },
      },
      (response) => {
        const chunks = [];
        response.on('data', (chunk) => chunks.push(chunk));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString();
          let parsed;
          try {
            parsed = text ? JSON.parse(text) : undefined;
          } catch {
            parsed = text;
          }
          resolve({ status: response.statusCode, body: parsed });
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

function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function startChild(args, env, withIpc) {
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', ...(withIpc ? ['ipc'] : [])],
  });
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

async function stopChild(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

function killChildren() {
  for (const child of children) child.kill('SIGKILL');
}

/** Sum of the topic's high watermarks: how many messages it holds (the topic is new, so all from offset 0). */
async function topicSize(admin, topic) {
  const offsets = await admin.fetchTopicOffsets(topic);
  return offsets.reduce((sum, partition) => sum + Number(partition.high), 0);
}

/**
 * Produces `count` mixed events as fast as Kafka takes them, acks from all replicas. One batch in flight
 * keeps each school's events in order; the next batch is generated while the previous one travels.
 */
async function produceMixed(producer, topic, mix, count) {
  let inFlight = Promise.resolve();
  for (let done = 0; done < count;) {
    const size = Math.min(PRODUCE_BATCH, count - done);
    const messages = Array.from({ length: size }, () => mix.nextMessage().message);
    await inFlight;
    inFlight = producer.sendBatch({ acks: -1, topicMessages: [{ topic, messages }] });
    done += size;
  }
  await inFlight;
}

async function startService(topic, stamp) {
  const database = `test_bench_monitoring_${stamp}`;
  const nodeArgs = (process.env.BENCH_SERVICE_NODE_ARGS || '').split(' ').filter(Boolean);
  const startedAt = Date.now();
  const child = startChild(
    [...nodeArgs, join(root, 'services', 'monitoring', 'dist', 'main.js')],
    {
      MONGODB_URI,
      KAFKA_BROKERS,
      REDIS_URL,
      PORT: String(PORT),
      MONGODB_DATABASE: database,
      JWT_SECRET: SECRET,
      LOG_LEVEL: process.env.BENCH_LOG_LEVEL || 'warn',
      MONITORING_TOPIC_PATTERN: `^${escapeRegExp(topic)}$`,
      MONITORING_REDIS_PREFIX: `test:bench:${stamp}`,
      // The service measures its lag once a second by default; catch-up and rebuild are timed by that
      // measurement, so a finer one keeps the timing error small next to a catch-up of a few tens of seconds.
      MONITORING_LAG_INTERVAL_MS: process.env.MONITORING_LAG_INTERVAL_MS || '200',
    },
    false,
  );
  const deadline = startedAt + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the monitoring service exited with ${child.exitCode}`);
    const ready = await fetch(`http://127.0.0.1:${PORT}/health/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return { child, database, startedAt, readyAt: Date.now() };
    if (Date.now() > deadline) throw new Error('the monitoring service did not become ready in 60 s');
    await sleep(100);
  }
}

/**
 * Polls /health/lag until a measurement covers every message on the topic (its high watermarks add up to
 * `size`) and finds no lag; returns when (Date.now()) and that answer. The service measures its lag on its
 * own schedule (MONITORING_LAG_INTERVAL_MS), so this is late by at most that interval plus one poll.
 */
async function caughtUp(token, topic, size, label, timeoutMs) {
  const started = Date.now();
  let lastPrint = started;
  for (;;) {
    const { status, body } = await call('GET', '/health/lag', token);
    const now = Date.now();
    if (status === 200) {
      const measured = (body.partitions || [])
        .filter((partition) => partition.topic === topic)
        .reduce((sum, partition) => sum + Number(partition.highWatermark), 0);
      if (body.caughtUp && body.totalLag === 0 && measured >= size) return { at: now, lag: body };
      if (now - lastPrint >= 5_000) {
        lastPrint = now;
        console.log(
          `  ${label}: ${thousands(body.eventsProcessed)} events projected, lag ${thousands(body.totalLag)} (${seconds(now - started)} s)`,
        );
      }
    } else if (status === 401 || status === 403 || status === 404) {
      throw new Error(`GET /health/lag answered ${status} ${JSON.stringify(body)}`);
    }
    if (now - started > timeoutMs) throw new Error(`${label}: not caught up after ${seconds(timeoutMs)} s`);
    await sleep(STATUS_EVERY_MS);
  }
}

async function kpiValue(token) {
  const body = await expectStatus(call('GET', KPI_PATH, token), 200, `GET ${KPI_PATH}`);
  return body.figures.total.value;
}

/**
 * The KPI once the API shows `expected`, the number the events hold: views are published on a timer after the
 * events are read, so right after a catch-up the API may still show an older figure, and a probe measured
 * against it would look early. Waiting for the figure to stop moving is not enough: a pause in publishing
 * looks the same.
 */
async function kpiReaching(token, expected, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await kpiValue(token);
    if (value === expected) return value;
    if (Date.now() > deadline) {
      throw new Error(
        `${KPI_PATH} shows ${value} after ${seconds(timeoutMs)} s; the events hold ${expected}`,
      );
    }
    await sleep(50);
  }
}

/**
 * The live phase: mixed events at `rate` on a fixed schedule (open loop: a slow send is made up for in the
 * next tick), a probe every 100 ms, and the KPI polled every 10 ms. A probe counts as visible at the first
 * answer that includes it and every probe acknowledged before it, so a late earlier probe delays the later
 * ones (never the other way round): the figures are upper bounds, within one polling interval.
 */
async function live({ kafka, topic, mix, token, base }) {
  const mixProducer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
  const probeProducer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
  await Promise.all([mixProducer.connect(), probeProducer.connect()]);
  // Probes must be the only events that move the KPI from here on.
  mix.holdSchoolsInTrajectory();
  const schoolYear = mix.schoolYear;
  const totalMs = LIVE_SECONDS * 1000;
  const acked = [];
  const failedProbes = [];
  let polling = true;
  const answers = [];
  let lastValue = base;
  // The phases are counted from the first live event: the end of the catch-up.
  const liveBegan = performance.now();

  const poller = (async () => {
    let visible = 0;
    while (polling) {
      const requestedAt = performance.now();
      // A failed poll is a missed sample, not a reason to stop measuring.
      const { status, body } = await call('GET', KPI_PATH, token).catch(() => ({ status: 0 }));
      const answeredAt = performance.now();
      if (status === 200) {
        lastValue = body.figures.total.value;
        answers.push({ requestedAt, answeredAt });
        while (visible < acked.length && lastValue >= base + visible + 1) {
          acked[visible].visibleAfter = answeredAt - acked[visible].ackedAt;
          visible += 1;
        }
      }
      const wait = requestedAt + POLL_EVERY_MS - performance.now();
      if (wait > 0) await sleep(wait);
    }
  })();

  // Steady state first: the first seconds after a catch-up still carry its last checkpoints.
  if (LIVE_WARMUP_SECONDS > 0) {
    await sendMixed(mixProducer, topic, mix, performance.now(), LIVE_WARMUP_SECONDS * 1000);
  }
  const started = performance.now();
  const probes = (async () => {
    const pending = [];
    for (let k = 0; ; k += 1) {
      const due = started + k * PROBE_EVERY_MS;
      if (due - started >= totalMs) break;
      const wait = due - performance.now();
      if (wait > 0) await sleep(wait);
      const message = toMessage(probeEnvelope(k, schoolYear));
      pending.push(
        probeProducer.send({ topic, acks: -1, messages: [message] }).then(
          () =>
            acked.push({ k, ackedAt: performance.now(), ackedAtEpoch: Date.now(), visibleAfter: undefined }),
          (error) => failedProbes.push(`${k}: ${error.message}`),
        ),
      );
    }
    await Promise.all(pending);
  })();

  const sent = await sendMixed(mixProducer, topic, mix, started, totalMs);
  const sendSeconds = (performance.now() - started) / 1000;
  await probes;

  // Give the last probes time to show; a probe not visible within 30 s counts as missing.
  const waitUntil = performance.now() + 30_000;
  while (acked.some((probe) => probe.visibleAfter === undefined) && performance.now() < waitUntil) {
    await sleep(50);
  }
  polling = false;
  await poller;
  await Promise.all([mixProducer.disconnect(), probeProducer.disconnect()]);

  if (process.env.BENCH_PROBE_LOG) {
    require('node:fs').writeFileSync(
      process.env.BENCH_PROBE_LOG,
      acked
        .map(
          (probe) =>
            `${probe.k} ${probe.ackedAtEpoch} ${(probe.ackedAt - liveBegan).toFixed(0)} ${probe.visibleAfter?.toFixed(0)}`,
        )
        .join('\n'),
    );
  }
  const firstUntil = liveBegan + LIVE_FIRST_SECONDS * 1000;
  const phasesOfLag = {
    first: lagStats(acked.filter((probe) => probe.ackedAt < firstUntil)),
    steady: lagStats(acked.filter((probe) => probe.ackedAt >= firstUntil)),
    all: lagStats(acked),
  };
  const gaps = answers.slice(1).map((answer, index) => answer.answeredAt - answers[index].answeredAt);
  const roundTrips = answers.map((answer) => answer.answeredAt - answer.requestedAt);
  const mean = (list) => list.reduce((sum, value) => sum + value, 0) / Math.max(1, list.length);
  return {
    sent,
    achievedRate: sent / sendSeconds,
    probes: acked.length,
    missing: phasesOfLag.all.missing,
    failedProbes,
    phases: phasesOfLag,
    ...phasesOfLag.all,
    pollGap: mean(gaps),
    pollRoundTrip: mean(roundTrips),
    polls: answers.length,
    finalValue: lastValue,
  };
}

/** Percentiles of the probes' lag (acknowledged → visible), and how many were never seen. */
function lagStats(probes) {
  const latencies = probes
    .map((probe) => probe.visibleAfter)
    .filter((value) => value !== undefined)
    .sort((a, b) => a - b);
  return {
    probes: probes.length,
    missing: probes.length - latencies.length,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    max: latencies.length > 0 ? latencies[latencies.length - 1] : NaN,
  };
}

/** `p50 … ms, p95 …, p99 …, max …` of lagStats, and the probes counted. */
function lagLine(stats) {
  const ms = (value) => (Number.isNaN(value) ? '–' : value.toFixed(0));
  return (
    `p50 ${ms(stats.p50)} ms, p95 ${ms(stats.p95)} ms, p99 ${ms(stats.p99)} ms, max ${ms(stats.max)} ms ` +
    `(${stats.probes} probes${stats.missing ? `, ${stats.missing} not seen` : ''})`
  );
}

/** The live phases as reported: their label and the probes they hold. */
function lagPhases(lag) {
  return [
    [`first ${LIVE_FIRST_SECONDS} s`, lag.phases.first],
    ['steady', lag.phases.steady],
    ['all', lag.phases.all],
  ];
}

/** Mixed events at LIVE_RATE from `started` for `totalMs`, open loop; answers how many were sent. */
async function sendMixed(producer, topic, mix, started, totalMs) {
  let sent = 0;
  for (;;) {
    const elapsed = performance.now() - started;
    if (elapsed >= totalMs) break;
    const due = Math.floor((elapsed / 1000) * LIVE_RATE) - sent;
    if (due > 0) {
      const messages = Array.from({ length: due }, () => mix.nextMessage().message);
      await producer.send({ topic, acks: -1, messages });
      sent += due;
    }
    await sleep(5);
  }
  return sent;
}

async function rebuild(token, size) {
  const started = Date.now();
  const accepted = await expectStatus(call('POST', '/admin/rebuild', token), 202, 'POST /admin/rebuild');
  let lastPrint = started;
  for (;;) {
    const state = await expectStatus(call('GET', '/admin/rebuild', token), 200, 'GET /admin/rebuild');
    const now = Date.now();
    if (state.activeVersion === accepted.version) {
      return { version: accepted.version, ms: now - started, events: size };
    }
    if (now - lastPrint >= 5_000) {
      lastPrint = now;
      const building = state.building;
      console.log(
        building
          ? `  rebuild v${building.version}: ${thousands(building.eventsProcessed)} events, lag ${thousands(building.totalLag)} (${seconds(now - started)} s)`
          : `  rebuild: active v${state.activeVersion}, nothing building (${seconds(now - started)} s)`,
      );
    }
    if (now - started > 600_000) throw new Error('the rebuild did not finish in 600 s');
    await sleep(STATUS_EVERY_MS);
  }
}

async function baseline(topic, size, stamp) {
  const database = `test_bench_baseline_${stamp}`;
  const startedAt = Date.now();
  const child = startChild(
    [join(__dirname, 'baseline-consumer.js')],
    {
      MONGODB_URI,
      KAFKA_BROKERS,
      MONGODB_DATABASE: database,
      BASELINE_TOPIC: topic,
      BASELINE_EXPECT: String(size),
      BASELINE_GROUP: `bench-baseline-${stamp}`,
      KAFKAJS_NO_PARTITIONER_WARNING: '1',
    },
    true,
  );
  try {
    return await new Promise((resolve, reject) => {
      let listeningAt;
      child.on('message', (message) => {
        if (message.kind === 'listening') listeningAt = Date.now();
        if (message.kind === 'progress') {
          console.log(
            `  baseline: ${thousands(message.processed)} events (${seconds(Date.now() - startedAt)} s)`,
          );
        }
        if (message.kind === 'done') {
          resolve({
            database,
            startedAt,
            listeningAt,
            firstEventAt: message.firstEventAt,
            doneAt: message.doneAt,
          });
        }
      });
      child.once('exit', (code) => reject(new Error(`the baseline consumer exited with ${code}`)));
    });
  } finally {
    await stopChild(child);
  }
}

function floorLine(name, ok, detail) {
  const verdict = ok === undefined ? 'n/a ' : ok ? 'PASS' : 'FAIL';
  return `  ${verdict}  ${name}: ${detail}`;
}

async function main() {
  const stamp = Date.now();
  const topic = `test.bench-${stamp}.v1`;
  const needsService = phases.has('catchup') || phases.has('live') || phases.has('rebuild');
  const kafka = new Kafka({
    clientId: 'bench-monitoring',
    brokers: KAFKA_BROKERS.split(','),
    logLevel: logLevel.WARN,
  });
  const admin = kafka.admin();
  await admin.connect();
  const results = {};
  let service;
  try {
    await admin.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions: PARTITIONS }] });
    const mix = new MixedEvents();
    const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
    await producer.connect();
    const produceStarted = Date.now();
    await produceMixed(producer, topic, mix, EVENTS);
    await producer.disconnect();
    const produceMs = Date.now() - produceStarted;
    console.log(
      `produced ${thousands(EVENTS)} mixed events to ${topic} (${PARTITIONS} partitions) in ${seconds(produceMs)} s ` +
        `(${thousands(EVENTS / (produceMs / 1000))} events/s, generation included)`,
    );

    if (needsService) {
      const tokens = {
        monitoring: await mintDevelopmentToken({ roles: ['monitoring'], secret: SECRET, subject: 'bench' }),
        admin: await mintDevelopmentToken({ roles: ['admin'], secret: SECRET, subject: 'bench-admin' }),
      };
      service = await startService(topic, stamp);
      const timeoutMs = Math.max(120_000, (EVENTS / 500) * 1000);
      const caught = await caughtUp(tokens.monitoring, topic, EVENTS, 'catch-up', timeoutMs);
      const value = await kpiReaching(tokens.monitoring, mix.schoolsInTrajectory.size);
      results.catchUp = {
        database: service.database,
        readyMs: service.readyAt - service.startedAt,
        ms: caught.at - service.readyAt,
        fromStartMs: caught.at - service.startedAt,
        eventsProcessed: caught.lag.eventsProcessed,
        value,
        expected: mix.schoolsInTrajectory.size,
      };
      if (phases.has('catchup')) {
        const c = results.catchUp;
        console.log(
          `catch-up: ${thousands(EVENTS)} events in ${seconds(c.ms)} s after ready (${thousands(EVENTS / (c.ms / 1000))} events/s); ` +
            `ready ${seconds(c.readyMs)} s after start; ${thousands(c.eventsProcessed)} of them projected (the rest are of ` +
            `types no KPI reads, or unknown); ` +
            `KPI ${value} schools in a trajectory (the events hold ${c.expected})`,
        );
      }

      if (phases.has('live')) {
        console.log(
          `live: ${LIVE_RATE} events/s, ${LIVE_WARMUP_SECONDS} s to settle, then ${LIVE_SECONDS} s with a probe every ${PROBE_EVERY_MS} ms…`,
        );
        results.live = await live({ kafka, topic, mix, token: tokens.monitoring, base: value });
        const l = results.live;
        console.log(
          `live: ${thousands(l.sent)} events at ${thousands(l.achievedRate)}/s, ${l.probes} probes (${l.missing} not seen in 30 s, ` +
            `${l.failedProbes.length} not acknowledged); KPI ${l.finalValue} (expected ${value + l.probes})\n` +
            lagPhases(l)
              .map(([label, stats]) => `  lag ${label.padEnd(11)} ${lagLine(stats)}`)
              .join('\n'),
        );
      }

      if (phases.has('rebuild')) {
        const size = await topicSize(admin, topic);
        // Only a caught-up service makes the rebuild's figure about the rebuild alone.
        await caughtUp(tokens.monitoring, topic, size, 'before the rebuild', 120_000);
        // The events hold the mixed stream's schools and, after a live phase, one more per probe.
        const expected = mix.schoolsInTrajectory.size + (results.live?.probes ?? 0);
        const before = await kpiReaching(tokens.monitoring, expected);
        results.rebuild = await rebuild(tokens.admin, size);
        results.rebuild.valueBefore = before;
        results.rebuild.valueAfter = await kpiReaching(tokens.monitoring, expected);
        const r = results.rebuild;
        console.log(
          `rebuild: v${r.version} active after ${seconds(r.ms)} s over ${thousands(size)} events ` +
            `(${thousands(size / (r.ms / 1000))} events/s); KPI ${r.valueBefore} before, ${r.valueAfter} after`,
        );
      }
      await stopChild(service.child);
      agent.destroy();
      agent = new http.Agent({ keepAlive: true, maxSockets: 16 });
    }

    if (phases.has('baseline')) {
      const size = await topicSize(admin, topic);
      console.log(
        `baseline: NestJS Kafka transport + one mongoose updateOne per event, ${thousands(size)} events…`,
      );
      const b = await baseline(topic, size, stamp);
      results.baseline = {
        ...b,
        events: size,
        ms: b.doneAt - b.listeningAt,
        fromStartMs: b.doneAt - b.startedAt,
      };
      console.log(
        `baseline: ${thousands(size)} events in ${seconds(results.baseline.ms)} s after listening ` +
          `(${thousands(size / (results.baseline.ms / 1000))} events/s); ${seconds(results.baseline.fromStartMs)} s from start, ` +
          `${seconds(b.doneAt - b.firstEventAt)} s from its first event`,
      );
    }

    printResults(topic, produceMs, results);
  } finally {
    await admin.disconnect();
    if (service) await stopChild(service.child);
    agent.destroy();
  }
}

function printResults(topic, produceMs, { catchUp, live: lag, rebuild: rebuilt, baseline: base }) {
  const cpus = os.cpus();
  const rate = (events, ms) => events / (ms / 1000);
  const lines = [
    '',
    '== monitoring read models ==',
    `date        ${new Date().toISOString().slice(0, 10)}`,
    `machine     ${cpus.length} cores (${cpus[0]?.model ?? 'unknown CPU'}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}; ` +
      'the service, the load generator, Kafka, the MongoDB-compatible server and Redis on this machine',
    `command     ${commandLine()}`,
    `topic       ${topic} (${PARTITIONS} partitions), ${thousands(EVENTS)} mixed events produced in ${seconds(produceMs)} s`,
  ];
  if (catchUp && phases.has('catchup')) {
    lines.push(
      `catch-up    ${thousands(rate(EVENTS, catchUp.ms))} events/s: ${thousands(EVENTS)} events in ${seconds(catchUp.ms)} s, ` +
        `counted from ready (ready ${seconds(catchUp.readyMs)} s after start; ${thousands(rate(EVENTS, catchUp.fromStartMs))} events/s from start)`,
    );
  }
  if (lag) {
    lines.push(
      `live lag    at ${thousands(lag.achievedRate)} events/s for ${LIVE_SECONDS} s after ${LIVE_WARMUP_SECONDS} s at that rate ` +
        `to settle, right after the catch-up${phases.has('catchup') ? '' : ' (not reported)'}; a probe every ${PROBE_EVERY_MS} ms, ` +
        `acknowledged → visible in GET ${KPI_PATH}, polled every ${lag.pollGap.toFixed(1)} ms on average ` +
        `(round trip ${lag.pollRoundTrip.toFixed(1)} ms); phases by the probe's acknowledgement, from the first live event:`,
      ...lagPhases(lag).map(([label, stats]) => `  ${label.padEnd(11)} ${lagLine(stats)}`),
    );
  }
  if (rebuilt) {
    lines.push(
      `rebuild     ${seconds(rebuilt.ms)} s for ${thousands(rebuilt.events)} events (${thousands(rate(rebuilt.events, rebuilt.ms))} events/s; ` +
        `200,000 events at that rate: ${seconds((rebuilt.ms * FLOORS.rebuildEvents) / rebuilt.events)} s)`,
    );
  }
  if (base) {
    lines.push(
      `baseline    ${thousands(rate(base.events, base.ms))} events/s: ${thousands(base.events)} events in ${seconds(base.ms)} s, ` +
        `counted from listening (${thousands(rate(base.events, base.fromStartMs))} events/s from start); NestJS Kafka transport, ` +
        'one mongoose updateOne per event',
    );
  }
  const catchUpRate = catchUp && phases.has('catchup') ? rate(EVENTS, catchUp.ms) : undefined;
  const baseRate = base ? rate(base.events, base.ms) : undefined;
  if (catchUpRate !== undefined && baseRate !== undefined) {
    lines.push(`            catch-up is ${(catchUpRate / baseRate).toFixed(1)}× the baseline`);
  }
  const fullSize = EVENTS >= FLOORS.rebuildEvents ? '' : ` (only ${thousands(EVENTS)} events: indicative)`;
  lines.push('floors (2-core machine):');
  lines.push(
    floorLine(
      `catch-up ≥ ${thousands(FLOORS.catchUpPerSecond)} events/s`,
      catchUpRate === undefined ? undefined : catchUpRate >= FLOORS.catchUpPerSecond,
      catchUpRate === undefined ? 'not measured' : `${thousands(catchUpRate)} events/s${fullSize}`,
    ),
    floorLine(
      `catch-up ≥ ${FLOORS.timesBaseline}× the baseline`,
      catchUpRate === undefined || baseRate === undefined
        ? undefined
        : catchUpRate >= FLOORS.timesBaseline * baseRate,
      catchUpRate === undefined || baseRate === undefined
        ? 'not measured'
        : `${(catchUpRate / baseRate).toFixed(1)}×`,
    ),
    ...(lag === undefined
      ? [floorLine(`live lag p99 ≤ ${FLOORS.lagP99Ms} ms at 1,000 events/s`, undefined, 'not measured')]
      : lagPhases(lag).map(([label, stats]) =>
          floorLine(
            `live lag p99 ≤ ${FLOORS.lagP99Ms} ms at 1,000 events/s, ${label}`,
            stats.probes > 0 ? stats.missing === 0 && stats.p99 <= FLOORS.lagP99Ms : undefined,
            stats.probes === 0
              ? 'no probes'
              : `${Number.isNaN(stats.p99) ? '–' : stats.p99.toFixed(0)} ms at ${thousands(LIVE_RATE)} events/s` +
                  `${stats.missing ? `, ${stats.missing} probes never seen` : ''}`,
          ),
        )),
    floorLine(
      `rebuild of 200,000 events ≤ ${FLOORS.rebuildSeconds} s`,
      rebuilt === undefined
        ? undefined
        : (rebuilt.ms * FLOORS.rebuildEvents) / rebuilt.events / 1000 <= FLOORS.rebuildSeconds,
      rebuilt === undefined
        ? 'not measured'
        : `${seconds((rebuilt.ms * FLOORS.rebuildEvents) / rebuilt.events)} s (scaled from ${thousands(rebuilt.events)} events in ${seconds(rebuilt.ms)} s)`,
    ),
  );
  console.log(lines.join('\n'));
}

function commandLine() {
  const settings = Object.entries(process.env)
    .filter(([name]) => name.startsWith('BENCH_'))
    .map(([name, value]) => `${name}=${value}`);
  return [...settings, 'node bench/monitoring/run.js', ...process.argv.slice(2)].join(' ');
}

process.once('exit', killChildren);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    killChildren();
    process.exit(130);
  });
}

// Exits explicitly: after a failure mid-phase, a poller or a Kafka client may still hold the event loop open.
main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
