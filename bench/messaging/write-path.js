#!/usr/bin/env node
// Benchmark: the database's CPU per command for the outbox's writes, with pending markers (ADR 0004) against the
// way commits were marked before them, measured side by side in one run so that other work on the machine
// weighs on both alike.
//
// Run: `npm run build && node bench/messaging/write-path.js` with the infrastructure up (`npm run infra:up`).
// Both ways write one commit per command with one SubsidyApplicationSubmitted event, BENCH_CONCURRENCY (default 16)
// commands at a time, in alternating blocks of BENCH_BLOCK commands (default 500), BENCH_BLOCKS blocks each
// (default 6):
// - markers: CommitStore.append (marker, then commit), then the relay's delete of the markers, 100 per statement;
// - marked:  the commit inserted with `published: false`, then the relay's former `updateMany` setting
//            `published: true`, 100 per statement.
// Neither sends to Kafka: what differs is only the database's work. FerretDB's and PostgreSQL's CPU per command come
// from /proc. The database (test_bench_writes_<stamp>) is in the test namespace and dropped at the end.
const { performance } = require('node:perf_hooks');
const mongoose = require('mongoose');
const { createEnvelope, newEventId, SubsidyApplicationSubmittedV1 } = require('@okr/contracts');
const { exampleOf, uuidOf } = require('@okr/contracts/testing');
const { CommitStore, OUTBOX_COLLECTION, pendingEvent } = require('@okr/messaging');
const { serverCpuMs } = require('./server-cpu');

const BLOCK = Number(process.env.BENCH_BLOCK || 500);
const BLOCKS = Number(process.env.BENCH_BLOCKS || 6);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY || 16);
const MARK_BATCH = 100;
const MONGODB_URI = process.env.MONGODB_URI || 'mongodb://127.0.0.1:27017';
const database = `test_bench_writes_${Date.now().toString(36)}`;

/** CPU ms so far of FerretDB and PostgreSQL. */
function cpuSnapshot() {
  const { ferretdb, postgres } = serverCpuMs();
  return { ferretdb, postgres };
}

function command(n) {
  return {
    stream: `subsidy-application-${uuidOf(n)}`,
    aggregateType: 'SubsidyApplication',
    expectedVersion: 0,
    state: { n, applicationId: uuidOf(n) },
    events: [
      pendingEvent(
        SubsidyApplicationSubmittedV1,
        uuidOf(n),
        exampleOf(SubsidyApplicationSubmittedV1, { applicationId: uuidOf(n) }),
      ),
    ],
    command: 'bench-writes',
  };
}

/** Runs `write` for commands first..first+BLOCK-1, CONCURRENCY at a time; answers the ids written. */
async function block(first, write) {
  let next = first;
  const ids = [];
  async function worker() {
    while (next < first + BLOCK) ids.push(await write(next++));
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return ids;
}

async function inBatches(ids, statement) {
  for (let start = 0; start < ids.length; start += MARK_BATCH)
    await statement(ids.slice(start, start + MARK_BATCH));
}

/** The commit document as CommitStore wrote it before markers: the same fields, with `published: false`. */
function formerCommit(n) {
  const request = command(n);
  const id = `${request.stream}#1`;
  return {
    _id: id,
    stream: request.stream,
    aggregateType: request.aggregateType,
    version: 1,
    state: request.state,
    events: request.events.map((event) => ({
      topic: event.contract.topic,
      envelope: createEnvelope(event.contract, {
        data: event.data,
        subject: event.subject,
        source: 'bench-writes',
        correlationId: newEventId(),
        causationId: null,
      }),
    })),
    causationKey: id,
    committedAt: new Date(),
    published: false,
    command: request.command,
  };
}

async function main() {
  const connection = await mongoose.createConnection(MONGODB_URI, { dbName: database }).asPromise();
  const store = new CommitStore(connection, 'bench-writes');
  await store.ensureIndexes();
  const markers = connection.collection(OUTBOX_COLLECTION);
  const ways = {
    // Marker, then commit (CommitStore.append); the relay deletes the markers.
    markers: async (first) => {
      const ids = await block(first, async (n) => (await store.append(command(n)))._id);
      await inBatches(ids, (batch) => markers.deleteMany({ _id: { $in: batch } }));
    },
    // The commit alone; the relay sets `published: true` on it.
    marked: async (first) => {
      const ids = await block(first, async (n) => {
        const commit = formerCommit(n);
        await store.commits.insertOne(commit);
        return commit._id;
      });
      await inBatches(ids, (batch) =>
        store.commits.updateMany(
          { _id: { $in: batch } },
          { $set: { published: true, publishedAt: new Date() } },
        ),
      );
    },
  };
  const totals = {
    markers: { ms: 0, ferretdb: 0, postgres: 0 },
    marked: { ms: 0, ferretdb: 0, postgres: 0 },
  };
  try {
    console.log(
      `outbox write path: ${BLOCKS} blocks of ${BLOCK} commands each way, ${CONCURRENCY} at a time, alternating; ` +
        `Node ${process.versions.node}, MongoDB-compatible server ${MONGODB_URI}`,
    );
    let n = 0;
    for (let round = 0; round < BLOCKS; round += 1) {
      for (const way of round % 2 === 0 ? ['markers', 'marked'] : ['marked', 'markers']) {
        const first = n;
        n += BLOCK;
        const before = cpuSnapshot();
        const started = performance.now();
        await ways[way](first);
        const after = cpuSnapshot();
        totals[way].ms += performance.now() - started;
        totals[way].ferretdb += after.ferretdb - before.ferretdb;
        totals[way].postgres += after.postgres - before.postgres;
      }
    }
    const commands = BLOCKS * BLOCK;
    for (const way of ['marked', 'markers']) {
      const { ms, ferretdb, postgres } = totals[way];
      console.log(
        `${way.padEnd(7)}: ${commands} commands in ${(ms / 1000).toFixed(1)} s (${Math.round((commands / ms) * 1000)}/s); ` +
          `CPU ms per command: FerretDB ${(ferretdb / commands).toFixed(2)}, PostgreSQL ${(postgres / commands).toFixed(2)}, ` +
          `together ${((ferretdb + postgres) / commands).toFixed(2)}`,
      );
    }
  } finally {
    await connection.dropDatabase();
    await connection.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
