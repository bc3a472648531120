#!/usr/bin/env node
// Benchmark: the outbox relay's own rate, the ceiling of every service's event throughput, next to the same events
// sent the naive way (one awaited `send` per event, as a service without an outbox does inside its requests).
//
// Run: `npm run build && node bench/messaging/relay.js` with the infrastructure up (`npm run infra:up`).
// 1. Writes BENCH_COMMITS commits (default 100,000), one SubsidyApplicationSubmitted event each, through the real
//    CommitStore into a database of its own, with no relay running: a backlog, as after a Kafka outage.
// 2. Starts one OutboxRelay (the platform's settings: RELAY_BATCH_SIZE, idempotent producer, acks -1) and times it
//    from start until every commit's outbox marker is deleted, and until Kafka's end offsets hold every event.
// 3. Sends the same envelopes again with a plain kafkajs producer, one awaited `send` per event (acks -1, the
//    kafkajs default), to a second topic, and times that.
// Both topics have BENCH_PARTITIONS partitions (default 3, as the platform's). Events per second = events / time.
// The topics (test.bench-relay-<stamp>.…), the database (test_bench_relay_<stamp>) and the lease key
// (test:bench-relay-<stamp>:…) are in the test namespace and removed at the end.
//
// Settings (environment): BENCH_COMMITS, BENCH_NAIVE_EVENTS (default: all), BENCH_PARTITIONS, RELAY_BATCH_SIZE
// (default 500), BENCH_FILL_CONCURRENCY (default 32), BENCH_PPROF_URL (a FerretDB debug address, e.g.
// http://127.0.0.1:8089: a Go CPU profile of it is taken for BENCH_PPROF_SECONDS, default 15, from the relay's
// start and written to BENCH_PPROF_FILE, default .local/ferretdb-relay.pprof; read it with
// `go tool pprof -top <ferretdb binary> <file>`). The FerretDB that `npm run infra:up` starts has no debug
// address; RESULTS.md shows how a second one was started on the same PostgreSQL for this.
const { createWriteStream, mkdirSync } = require('node:fs');
const http = require('node:http');
const { dirname } = require('node:path');
const os = require('node:os');
const { performance } = require('node:perf_hooks');
const Redis = require('ioredis');
const { Kafka, logLevel } = require('kafkajs');
const mongoose = require('mongoose');
const pino = require('pino');
const { SubsidyApplicationSubmittedV1 } = require('@okr/contracts');
const { exampleOf, uuidOf } = require('@okr/contracts/testing');
const {
  CommitStore,
  DEFAULT_RELAY_SETTINGS,
  KafkajsMessageBus,
  OutboxRelay,
  OutboxSignal,
  pendingEvent,
} = require('@okr/messaging');
const { serverCpuMs } = require('./server-cpu');

const COMMITS = Number(process.env.BENCH_COMMITS || 100_000);
const NAIVE_EVENTS = Math.min(COMMITS, Number(process.env.BENCH_NAIVE_EVENTS || COMMITS));
const PARTITIONS = Number(process.env.BENCH_PARTITIONS || 3);
const BATCH_SIZE = Number(process.env.RELAY_BATCH_SIZE || DEFAULT_RELAY_SETTINGS.batchSize);
const FILL_CONCURRENCY = Number(process.env.BENCH_FILL_CONCURRENCY || 32);
const BROKERS = (process.env.KAFKA_BROKERS || '127.0.0.1:9092').split(',');
const MONGODB_URI = process.env.MONGODB_URI || 'mongodb://127.0.0.1:27017';
const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
const PPROF_URL = process.env.BENCH_PPROF_URL;
const PPROF_SECONDS = Number(process.env.BENCH_PPROF_SECONDS || 15);
const PPROF_FILE = process.env.BENCH_PPROF_FILE || '.local/ferretdb-relay.pprof';

const stamp = Date.now().toString(36);
const relayPrefix = `test.bench-relay-${stamp}.`;
const relayTopic = `${relayPrefix}${SubsidyApplicationSubmittedV1.topic}`;
const naiveTopic = `test.bench-relay-${stamp}.naive`;
const database = `test_bench_relay_${stamp}`;
const leaseKey = `test:bench-relay-${stamp}:relay-lease`;

const seconds = (ms) => (ms / 1000).toFixed(1);
const perSecond = (count, ms) => Math.round((count / ms) * 1000);

/** CPU ms so far of this process (the relay or the naive producer) and of Kafka, FerretDB and PostgreSQL. */
function cpuSnapshot() {
  const own = process.cpuUsage();
  return { self: (own.user + own.system) / 1000, ...serverCpuMs() };
}

/** CPU ms per event of each process between two snapshots, e.g. "self 0.41, kafka 0.22, …". */
function cpuPerEvent(before, after, events) {
  return Object.keys(after)
    .map((name) => `${name} ${((after[name] - before[name]) / events).toFixed(2)}`)
    .join(', ');
}

/** Asks a Go server's debug address for a CPU profile of `seconds` and writes it to `file`; resolves when done. */
function goCpuProfile(url, seconds, file) {
  mkdirSync(dirname(file), { recursive: true });
  return new Promise((resolve, reject) => {
    http
      .get(`${url}/debug/pprof/profile?seconds=${seconds}`, (response) => {
        if (response.statusCode !== 200) {
          response.resume();
          reject(new Error(`${url} answered ${response.statusCode} to the profile request`));
          return;
        }
        response.pipe(createWriteStream(file)).on('finish', resolve).on('error', reject);
      })
      .on('error', reject);
  });
}

/** The sum of the topic's end offsets: how many messages Kafka holds for it. */
async function messagesIn(admin, topic) {
  const offsets = await admin.fetchTopicOffsets(topic);
  return offsets.reduce((sum, { high }) => sum + Number(high), 0);
}

/** Resolves once `check` returns true, polling every `everyMs`. */
async function until(check, everyMs) {
  while (!(await check())) await new Promise((resolve) => setTimeout(resolve, everyMs));
}

/** Writes the backlog through the real CommitStore: one new application aggregate per commit. */
async function fillOutbox(store) {
  let next = 0;
  async function worker() {
    while (next < COMMITS) {
      const n = next++;
      await store.append({
        stream: `subsidy-application-${uuidOf(n)}`,
        aggregateType: 'SubsidyApplication',
        expectedVersion: 0,
        state: { n },
        events: [
          pendingEvent(
            SubsidyApplicationSubmittedV1,
            uuidOf(n),
            exampleOf(SubsidyApplicationSubmittedV1, { applicationId: uuidOf(n) }),
          ),
        ],
        command: 'bench-relay',
      });
    }
  }
  await Promise.all(Array.from({ length: FILL_CONCURRENCY }, worker));
}

async function main() {
  const kafka = new Kafka({ clientId: 'bench-relay', brokers: BROKERS, logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({
    waitForLeaders: true,
    topics: [relayTopic, naiveTopic].map((topic) => ({ topic, numPartitions: PARTITIONS })),
  });
  const connection = await mongoose.createConnection(MONGODB_URI, { dbName: database }).asPromise();
  const redis = new Redis(REDIS_URL);
  const store = new CommitStore(connection, 'bench-relay');
  await store.ensureIndexes();

  try {
    console.log(
      `relay benchmark: ${COMMITS} commits, ${PARTITIONS} partitions, relay batch ${BATCH_SIZE}; ` +
        `Node ${process.versions.node}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), ` +
        `Kafka ${BROKERS.join(',')}, MongoDB-compatible server ${MONGODB_URI}`,
    );

    let started = performance.now();
    await fillOutbox(store);
    const fillMs = performance.now() - started;
    console.log(
      `backlog: ${COMMITS} commits written in ${seconds(fillMs)} s (${perSecond(COMMITS, fillMs)}/s, ` +
        `${FILL_CONCURRENCY} concurrent appends; not part of the relay's figure)`,
    );

    const relay = new OutboxRelay(
      store.commits,
      new KafkajsMessageBus(kafka).producer(),
      redis,
      undefined,
      new OutboxSignal(undefined, `test:bench-relay-${stamp}:signal`),
      { ...DEFAULT_RELAY_SETTINGS, leaseKey, topicPrefix: relayPrefix, batchSize: BATCH_SIZE },
      pino({ level: 'warn' }),
    );
    let cpuBefore = cpuSnapshot();
    started = performance.now();
    await relay.start();
    const profiled = PPROF_URL ? goCpuProfile(PPROF_URL, PPROF_SECONDS, PPROF_FILE) : undefined;
    // Kafka's end offsets are cheap to read; the markers are counted only once Kafka holds every event, so as not
    // to slow the relay.
    await until(async () => (await messagesIn(admin, relayTopic)) >= COMMITS, 100);
    const inKafkaMs = performance.now() - started;
    await until(async () => (await store.pendingCount()) === 0, 500);
    const markedMs = performance.now() - started;
    const relayCpu = cpuPerEvent(cpuBefore, cpuSnapshot(), COMMITS);
    await relay.stop();
    const relayed = await messagesIn(admin, relayTopic);
    if (profiled) {
      await profiled;
      console.log(
        `FerretDB CPU profile of the first ${PPROF_SECONDS} s of the relay written to ${PPROF_FILE}`,
      );
    }

    // The envelopes exactly as the relay sent them, read once so that the naive loop measures only sending.
    const envelopes = (
      await store.commits
        .find({}, { projection: { events: 1 } })
        .limit(NAIVE_EVENTS)
        .toArray()
    ).map((commit) => commit.events[0].envelope);
    const producer = kafka.producer({ allowAutoTopicCreation: false });
    await producer.connect();
    cpuBefore = cpuSnapshot();
    started = performance.now();
    for (const envelope of envelopes) {
      await producer.send({
        topic: naiveTopic,
        messages: [{ key: envelope.subject, value: JSON.stringify(envelope) }],
      });
    }
    const naiveMs = performance.now() - started;
    const naiveCpu = cpuPerEvent(cpuBefore, cpuSnapshot(), envelopes.length);
    await producer.disconnect();

    const relayRate = perSecond(COMMITS, inKafkaMs);
    const naiveRate = perSecond(envelopes.length, naiveMs);
    console.log(
      `relay: ${COMMITS} events in Kafka after ${seconds(inKafkaMs)} s = ${relayRate} events/s; all markers ` +
        `deleted after ${seconds(markedMs)} s (${perSecond(COMMITS, markedMs)}/s); ${relayed} messages on the topic`,
    );
    console.log(`relay CPU ms per event, until all markers deleted: ${relayCpu}`);
    console.log(
      `naive: ${envelopes.length} events, one awaited send each, in ${seconds(naiveMs)} s = ${naiveRate} events/s`,
    );
    console.log(`naive CPU ms per event: ${naiveCpu}`);
    console.log(`ratio: the relay publishes ${(relayRate / naiveRate).toFixed(1)}× the naive rate`);
  } finally {
    await admin.deleteTopics({ topics: [relayTopic, naiveTopic] }).catch(() => undefined);
    await admin.disconnect();
    await redis.del(leaseKey);
    await redis.quit();
    await connection.dropDatabase();
    await connection.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
