#!/usr/bin/env node
// Benchmark: how fast the monitoring service starts projecting when its pattern matches hundreds of topics.
// It creates BENCH_TOPICS topics (default 300, 3 partitions each) in the test namespace,
// `test.bench-many-<stamp>-t<nnn>.v1`, puts one SchoolEnrolled (a school of its own, in groeikracht) on every
// BENCH_EVENT_EVERY-th topic (default 10, so 30 events), starts the built service (services/monitoring/dist/main.js)
// as a child process with MONITORING_TOPIC_PATTERN matching exactly those topics, and measures from the spawn:
//   ready      GET /health/ready answers 200 (the HTTP server is up; the projection starts in the background);
//   projector  GET /health/lag answers 200: a projector runs and has measured its lag over the topics;
//   first      GET /kpis/improvement-culture.schools-in-trajectory counts at least one school: the first event
//              is in the views;
//   all        it counts every school the events enrol, and /health/lag says caught up.
// Before the service starts, it also times the messaging library's `partitionEnds` over all the topics (what
// every lag measurement and every projector start asks): once on a new admin connection, then again warm.
// Every endpoint is polled every 50 ms, so each time is late by at most that plus one round trip. At the end
// it stops the service and deletes every topic it created, with the dead-letter twins the service made for
// them; the database (test_bench_many_<stamp>) and the Redis keys (test:bench-many:<stamp>:*) are printed.
//
// Run: `npm run build && node bench/monitoring/many-topics.js` with the infrastructure up. Settings
// (environment): BENCH_TOPICS, BENCH_EVENT_EVERY, BENCH_PORT (default 3906), BENCH_TIMEOUT_SECONDS (default 300),
// BENCH_LOG_LEVEL (the service's, default warn), JWT_SECRET, MONGODB_URI, KAFKA_BROKERS, REDIS_URL.
const { spawn } = require('node:child_process');
const os = require('node:os');
const { join } = require('node:path');
const { Kafka, Partitioners, logLevel } = require('kafkajs');
const { KafkajsMessageBus } = require('@okr/messaging');
const { mintDevelopmentToken } = require('@okr/service-kit');
const { probeEnvelope, toMessage } = require('./mixed-events');

const root = join(__dirname, '..', '..');
const TOPICS = Number(process.env.BENCH_TOPICS || 300);
const EVENT_EVERY = Number(process.env.BENCH_EVENT_EVERY || 10);
const PORT = Number(process.env.BENCH_PORT || 3906);
const TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_SECONDS || 300) * 1_000;
const SECRET = process.env.JWT_SECRET || 'development-only-secret-change-me-0123456789';
const MONGODB_URI = process.env.MONGODB_URI || 'mongodb://127.0.0.1:27017';
const KAFKA_BROKERS = process.env.KAFKA_BROKERS || '127.0.0.1:9092';
const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
const KPI_PATH = '/kpis/improvement-culture.schools-in-trajectory';
const PARTITIONS = 3;
const POLL_MS = 50;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const seconds = (ms) => (ms / 1_000).toFixed(2);

async function get(path, token) {
  try {
    const response = await fetch(`http://127.0.0.1:${PORT}${path}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    return { status: response.status, body: await response.json().catch(() => undefined) };
  } catch {
    return { status: 0, body: undefined };
  }
}

// kafkajs's waitForLeaders gives up on hundreds of new topics; this waits until every partition has a leader.
async function leadersOf(admin, topics) {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const ready = await admin.fetchTopicMetadata({ topics }).then(
      ({ topics: found }) =>
        found.length === topics.length &&
        found.every(
          ({ partitions }) => partitions.length === PARTITIONS && partitions.every((p) => p.leader >= 0),
        ),
      () => false,
    );
    if (ready) return;
    if (Date.now() > deadline) throw new Error('the new topics have no leaders after 120 s');
    await sleep(200);
  }
}

/** How long `partitionEnds` over `topics` takes: on a new connection, then the median of five warm calls (ms). */
async function timePartitionEnds(kafka, topics) {
  const admin = new KafkajsMessageBus(kafka).admin();
  try {
    const timed = async () => {
      const startedAt = performance.now();
      const ends = await admin.partitionEnds(topics);
      if (ends.length !== topics.length * PARTITIONS) throw new Error(`${ends.length} partition ends`);
      return performance.now() - startedAt;
    };
    const first = await timed();
    const warm = [];
    for (let run = 0; run < 5; run += 1) warm.push(await timed());
    return { first, warm: warm.sort((a, b) => a - b)[2] };
  } finally {
    await admin.close();
  }
}

async function stop(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  await exited;
  clearTimeout(timer);
}

/**
 * Starts the service and polls it until the KPI counts `schools` and it is caught up; the times (ms from the
 * spawn) of ready, the first lag measurement of a newer lease epoch than `previousEpoch`, the first school
 * beyond those counted before (`schools - 1` on a restart, 0 on a fresh start) and all of them.
 */
async function startAndMeasure({ stamp, prefix, token }, schools, previousEpoch) {
  const startedAt = Date.now();
  const child = spawn(process.execPath, [join(root, 'services', 'monitoring', 'dist', 'main.js')], {
    env: {
      ...process.env,
      MONGODB_URI,
      KAFKA_BROKERS,
      REDIS_URL,
      PORT: String(PORT),
      MONGODB_DATABASE: `test_bench_many_${stamp}`,
      JWT_SECRET: SECRET,
      LOG_LEVEL: process.env.BENCH_LOG_LEVEL || 'warn',
      MONITORING_TOPIC_PATTERN: `^${prefix.replace(/[.]/g, '\\.')}-t[0-9]+\\.v1$`,
      MONITORING_REDIS_PREFIX: `test:bench-many:${stamp}`,
      MONITORING_CHECKPOINT_INTERVAL_MS: '1000',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const counted = previousEpoch === 0 ? 0 : schools - 1;
  const at = {};
  let last;
  let epoch = previousEpoch;
  while (at.all === undefined) {
    if (child.exitCode !== null) throw new Error(`the monitoring service exited with ${child.exitCode}`);
    const now = () => Date.now() - startedAt;
    if (at.ready === undefined && (await get('/health/ready')).status === 200) at.ready = now();
    if (at.ready !== undefined) {
      const lag = await get('/health/lag', token);
      // A report of the previous run may still be in Redis: this run's has a newer lease epoch.
      const ours = lag.status === 200 && lag.body.epoch > previousEpoch;
      if (ours && at.projector === undefined) [at.projector, epoch] = [now(), lag.body.epoch];
      const kpi = await get(KPI_PATH, token);
      const value = kpi.status === 200 ? kpi.body.figures.total.value : 0;
      if (value > counted && at.first === undefined) at.first = now();
      if (value === schools && ours && lag.body.caughtUp) at.all = now();
      last = { lag: ours ? lag.body : lag.status, value };
    }
    if (Date.now() - startedAt > TIMEOUT_MS) {
      await stop(child);
      const lag =
        typeof last?.lag === 'object'
          ? `lag ${last.lag.totalLag}, ${last.lag.topics.length} topics read`
          : `no lag measurement of this run (${last?.lag})`;
      throw new Error(
        `not done after ${seconds(TIMEOUT_MS)} s: ${JSON.stringify(at)} (ms from spawn); KPI ${last?.value}, ${lag}`,
      );
    }
    await sleep(POLL_MS);
  }
  return { child, at, epoch };
}

async function main() {
  const stamp = Date.now();
  const prefix = `test.bench-many-${stamp}`;
  const topics = Array.from({ length: TOPICS }, (_, n) => `${prefix}-t${String(n).padStart(3, '0')}.v1`);
  const withEvent = topics.filter((_, n) => n % EVENT_EVERY === 0);
  const kafka = new Kafka({
    clientId: 'bench-many-topics',
    brokers: KAFKA_BROKERS.split(','),
    logLevel: logLevel.WARN,
  });
  const admin = kafka.admin();
  await admin.connect();
  let child;
  try {
    const createdAt = Date.now();
    await admin.createTopics({
      waitForLeaders: false,
      topics: topics.map((topic) => ({ topic, numPartitions: PARTITIONS })),
    });
    await leadersOf(admin, topics);
    const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
    await producer.connect();
    await producer.sendBatch({
      acks: -1,
      topicMessages: withEvent.map((topic, k) => ({
        topic,
        messages: [toMessage(probeEnvelope(k, '2024-2025'))],
      })),
    });
    await producer.disconnect();
    console.log(
      `created ${TOPICS} topics (${PARTITIONS} partitions each) and put one event on ${withEvent.length} of them ` +
        `in ${seconds(Date.now() - createdAt)} s`,
    );

    const ends = await timePartitionEnds(kafka, topics);

    const token = await mintDevelopmentToken({ roles: ['monitoring'], secret: SECRET, subject: 'bench' });
    const service = { stamp, prefix, token };
    let run = await startAndMeasure(service, withEvent.length, 0);
    child = run.child;
    const fresh = run.at;
    // A restart: the service stops (writing its last checkpoint), one more event arrives, and the service
    // starts again on the same database and Redis prefix, restoring its checkpoint.
    await stop(child);
    const restartProducer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
    await restartProducer.connect();
    await restartProducer.send({
      topic: topics[1],
      acks: -1,
      messages: [toMessage(probeEnvelope(withEvent.length, '2024-2025'))],
    });
    await restartProducer.disconnect();
    run = await startAndMeasure(service, withEvent.length + 1, run.epoch);
    child = run.child;
    const restart = run.at;
    const cpus = os.cpus();
    console.log(
      [
        '',
        '== monitoring start with many topics ==',
        `date        ${new Date().toISOString().slice(0, 10)}`,
        `machine     ${cpus.length} cores (${cpus[0]?.model ?? 'unknown CPU'}), node ${process.version}; the service, Kafka, the MongoDB-compatible server and Redis on this machine`,
        `topics      ${TOPICS} × ${PARTITIONS} partitions matching the pattern, ${withEvent.length} events (one on every ${EVENT_EVERY}th topic)`,
        `partition ends of all topics (TopicAdmin.partitionEnds): ${seconds(ends.first)} s on a new connection, ${seconds(ends.warm)} s warm (median of 5)`,
        `fresh start (no checkpoint), seconds after spawn:`,
        `  ready       ${seconds(fresh.ready)} (GET /health/ready)`,
        `  projector   ${seconds(fresh.projector)} (first GET /health/lag with a measurement of this run)`,
        `  first       ${seconds(fresh.first)} (the first event's school in ${KPI_PATH})`,
        `  all         ${seconds(fresh.all)} (all ${withEvent.length} schools counted, caught up)`,
        `restart (restores the checkpoint; one new event waiting on a topic), seconds after spawn:`,
        `  ready       ${seconds(restart.ready)}`,
        `  projector   ${seconds(restart.projector)}`,
        `  first       ${seconds(restart.first)} (the new event's school counted: ${withEvent.length + 1} schools)`,
        `  all         ${seconds(restart.all)} (caught up)`,
        `polling     every ${POLL_MS} ms; times are late by at most that plus a round trip`,
      ].join('\n'),
    );
  } finally {
    if (child) await stop(child);
    const existing = new Set(await admin.listTopics());
    const created = [...topics, ...topics.map((topic) => `${topic}.dlq`)].filter((topic) =>
      existing.has(topic),
    );
    for (let at = 0; at < created.length; at += 100) {
      await admin.deleteTopics({ topics: created.slice(at, at + 100) });
    }
    console.log(
      `deleted ${created.length} topics (the bench's and their dead-letter twins); left: database test_bench_many_${stamp}, Redis keys test:bench-many:${stamp}:*`,
    );
    await admin.disconnect();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
