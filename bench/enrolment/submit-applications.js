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
// In the same run it offers the same requests, at the same rates, to the common way (bench/enrolment/common-way.js:
// Express, a mongoose model per collection, the event sent inside the request, no outbox), on the same facts (copied
// from the service's database after the set-up) and the same database server; the two take turns at each rate. For
// each it reads the CPU time every process spent (the service, FerretDB, PostgreSQL, Kafka, Redis, the load
// generator) from /proc, and prints CPU ms per request and the ratio of the two services.
//
// Settings (environment): BENCH_RATES (e.g. "300,500,700"), BENCH_STEP_SECONDS (default 10),
// BENCH_SCHOOLS (default 2500), BENCH_PORT (default 3901; the common way listens on the next port),
// BENCH_COMMON_WAY (default 1; 0 runs the service alone), BENCH_SERVICE_NODE_ARGS (e.g. "--cpu-prof" to profile
// the service).
const { execFileSync, fork } = require('node:child_process');
const { readFileSync, readdirSync } = require('node:fs');
const http = require('node:http');
const { randomUUID } = require('node:crypto');
const os = require('node:os');
const { join } = require('node:path');
const { mintDevelopmentToken } = require('@okr/service-kit');
const { brinOf, callJson, expectStatus, inBatches, percentile, startEnrolmentService } = require('./support');
const mongoose = require('mongoose');

const PORT = Number(process.env.BENCH_PORT || 3901);
const COMMON_WAY_PORT = PORT + 1;
const COMMON_WAY = process.env.BENCH_COMMON_WAY !== '0';
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

function call(method, path, token, body, extraHeaders = {}, port = PORT) {
  return callJson({ port, agent }, method, path, token, body, extraHeaders);
}

async function startService() {
  const database = `test_bench_enrolment_${Date.now()}`;
  const { child } = await startEnrolmentService({ port: PORT, database, secret: SECRET });
  return { child, database };
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

async function offer(rate, seconds, slots, tokens, roundId, port = PORT) {
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
        port,
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

/** Starts the common way (bench/enrolment/common-way.js) on a database of its own, in the test namespace. */
async function startCommonWay() {
  const database = `test_bench_common_way_${Date.now()}`;
  const child = fork(join(__dirname, 'common-way.js'), [], {
    env: {
      MONGODB_URI: 'mongodb://127.0.0.1:27017',
      KAFKA_BROKERS: '127.0.0.1:9092',
      ...process.env,
      PORT: String(COMMON_WAY_PORT),
      MONGODB_DATABASE: database,
      KAFKA_TOPIC_PREFIX: `test.${database}.`,
      JWT_SECRET: SECRET,
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  await new Promise((resolve, reject) => {
    child.once('message', resolve);
    child.once('exit', (code) => reject(new Error(`the common way exited with ${code}`)));
  });
  return { child, database };
}

/**
 * Copies the facts the rules read (the latest state of every school, round, inquiry and intake) from the
 * service's commits into the common way's collections, so both decide on the same data.
 */
async function copyFacts(commits, connection) {
  const latest = async (aggregateType) => {
    const byStream = new Map();
    for (const commit of await commits.find({ aggregateType }, { projection: { events: 0 } }).toArray()) {
      const known = byStream.get(commit.stream);
      if (!known || known.version < commit.version) byStream.set(commit.stream, commit);
    }
    return [...byStream.values()].map((commit) => commit.state);
  };
  const copies = {
    schools: (await latest('school')).map((state) => ({ _id: state.brin, ...state })),
    rounds: (await latest('subsidy-round')).map((state) => ({ _id: state.roundId, ...state })),
    inquiries: (await latest('inquiry')).map((state) => ({ _id: state.inquiryId, ...state })),
    intakes: await latest('intake'),
  };
  for (const [collection, documents] of Object.entries(copies)) {
    for (let start = 0; start < documents.length; start += 1000) {
      await connection.collection(collection).insertMany(documents.slice(start, start + 1000));
    }
  }
  return Object.fromEntries(Object.entries(copies).map(([name, documents]) => [name, documents.length]));
}

const TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;

/** CPU time a process and its reaped children have used, in ms (utime, stime, cutime, cstime of /proc/<pid>/stat). */
function cpuMsOf(pid, withChildren = false) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = fields.slice(11, withChildren ? 15 : 13).reduce((sum, field) => sum + Number(field), 0);
    return (ticks * 1000) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

function pidsOf(pattern) {
  try {
    return execFileSync('pgrep', pattern).toString().trim().split('\n').filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/** The shared processes whose CPU a request costs besides its service's own: found once by name. */
function infrastructureProcesses() {
  const postmaster = pidsOf(['-o', '-x', 'postgres'])[0];
  return {
    FerretDB: pidsOf(['-f', 'ferretdb']),
    PostgreSQL: postmaster ? [postmaster] : [],
    Kafka: pidsOf(['-f', 'kafka.Kafka']),
    Redis: pidsOf(['-x', 'redis-server']),
  };
}

/** PostgreSQL's CPU: the postmaster with its exited backends, plus every live backend. */
function postgresCpuMs(postmaster) {
  let total = cpuMsOf(postmaster, true);
  for (const entry of readdirSync('/proc')) {
    if (!/^[0-9]+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (parent === postmaster) total += cpuMsOf(Number(entry));
    } catch {
      // The backend exited meanwhile: the postmaster's children time has it.
    }
  }
  return total;
}

function cpuSnapshot(servicePid, infrastructure) {
  const own = process.cpuUsage();
  return {
    service: cpuMsOf(servicePid),
    FerretDB: infrastructure.FerretDB.reduce((sum, pid) => sum + cpuMsOf(pid), 0),
    PostgreSQL: infrastructure.PostgreSQL.reduce((sum, pid) => sum + postgresCpuMs(pid), 0),
    Kafka: infrastructure.Kafka.reduce((sum, pid) => sum + cpuMsOf(pid), 0),
    Redis: infrastructure.Redis.reduce((sum, pid) => sum + cpuMsOf(pid), 0),
    'load generator': (own.user + own.system) / 1000,
  };
}

function cpuPerRequest(before, after, requests) {
  return Object.fromEntries(
    Object.keys(before).map((name) => [name, requests > 0 ? (after[name] - before[name]) / requests : NaN]),
  );
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
  const common = COMMON_WAY ? await startCommonWay() : undefined;
  const uri = process.env.MONGODB_URI || 'mongodb://127.0.0.1:27017';
  const connection = await mongoose.createConnection(uri, { dbName: database }).asPromise();
  const commonConnection = common
    ? await mongoose.createConnection(uri, { dbName: common.database }).asPromise()
    : undefined;
  const commits = connection.collection('commits');
  const markers = connection.collection('outbox');
  const infrastructure = infrastructureProcesses();
  try {
    const setupStarted = Date.now();
    const roundId = await setUp(tokens);
    console.log(
      `set up ${SCHOOLS} schools (inquiry, conversation, ${ACTIVITIES.length} fit intakes each) and a round in ${((Date.now() - setupStarted) / 1000).toFixed(1)} s`,
    );
    const slotsOf = () => {
      const slots = [];
      for (const activity of ACTIVITIES)
        for (let index = 0; index < SCHOOLS; index += 1) slots.push({ brin: brinOf(index), activity });
      return slots.reverse();
    };
    console.log(
      `the relay published the set-up's events ${((await outboxDrained(markers)) / 1000).toFixed(1)} s after it ended`,
    );
    const targets = [{ name: 'platform', port: PORT, pid: child.pid, slots: slotsOf(), results: [] }];
    if (common && commonConnection) {
      const copyStarted = Date.now();
      const copied = await copyFacts(commits, commonConnection);
      console.log(
        `copied the facts to the common way's database ${common.database} in ${((Date.now() - copyStarted) / 1000).toFixed(1)} s: ` +
          Object.entries(copied)
            .map(([name, count]) => `${count} ${name}`)
            .join(', '),
      );
      targets.push({
        name: 'common way',
        port: COMMON_WAY_PORT,
        pid: common.child.pid,
        slots: slotsOf(),
        results: [],
      });
    }
    // Warm-up: JIT, connection pools, caches.
    for (const target of targets) await offer(100, 3, target.slots, tokens, roundId, target.port);
    await outboxDrained(markers);

    console.log(
      `\nPOST /subsidy-applications, open loop, ${STEP_SECONDS} s per rate and service, taking turns; ${os.cpus().length} cores (${os.cpus()[0]?.model}); ` +
        `services, load generator, Kafka, FerretDB, PostgreSQL and Redis on this machine; database ${database}`,
    );
    console.log(
      "CPU ms per request from /proc over the step (the platform's until its outbox drained after it): " +
        'svc = the service, fdb = FerretDB, pg = PostgreSQL, kafka, redis, gen = the load generator',
    );
    console.log(
      'service     offered/s  achieved/s  requests   p50 ms   p95 ms   p99 ms   max ms  non-201 |   svc   fdb    pg kafka redis   gen',
    );
    const cpuColumns = ['service', 'FerretDB', 'PostgreSQL', 'Kafka', 'Redis', 'load generator'];
    for (const rate of RATES) {
      const running = targets.filter((target) => !target.stopped);
      if (running.length === 0) break;
      for (const target of running) {
        const before = cpuSnapshot(target.pid, infrastructure);
        const result = await offer(rate, STEP_SECONDS, target.slots, tokens, roundId, target.port);
        if (target.name === 'platform') await outboxDrained(markers);
        result.cpu = cpuPerRequest(before, cpuSnapshot(target.pid, infrastructure), result.count);
        target.results.push(result);
        const failed =
          Object.entries(result.failures)
            .map(([status, count]) => `${status}×${count}`)
            .join(' ') || '0';
        console.log(
          `${target.name.padEnd(10)}  ${String(rate).padStart(9)}  ${String(result.achieved).padStart(10)}  ${String(result.count).padStart(8)}` +
            `  ${result.p50.toFixed(1).padStart(7)}  ${result.p95.toFixed(1).padStart(7)}  ${result.p99.toFixed(1).padStart(7)}` +
            `  ${result.max.toFixed(1).padStart(7)}  ${failed.padStart(7)} |` +
            cpuColumns.map((name) => result.cpu[name].toFixed(2).padStart(6)).join(''),
        );
        const ok = result.p99 <= P99_LIMIT_MS && Object.keys(result.failures).length === 0;
        if (ok) target.best = result;
        else target.stopped = true;
      }
    }
    console.log('');
    for (const target of targets) {
      const last = target.results[target.results.length - 1];
      console.log(
        target.best
          ? `${target.name}: highest offered rate with p99 ≤ ${P99_LIMIT_MS} ms and no failures: ` +
              `${target.stopped ? '' : '≥ '}${target.best.rate} requests/s (p99 ${target.best.p99.toFixed(1)} ms)` +
              (target.stopped
                ? `; at ${last.rate}/s p99 ${last.p99.toFixed(1)} ms`
                : ' (the highest rate offered)')
          : `${target.name}: no rate kept p99 ≤ ${P99_LIMIT_MS} ms`,
      );
    }
    if (targets.length === 2) {
      const [platform, commonWay] = targets;
      const total = (result) =>
        cpuColumns.reduce((sum, name) => sum + (name === 'load generator' ? 0 : result.cpu[name]), 0);
      for (const [index, result] of platform.results.entries()) {
        const other = commonWay.results[index];
        if (!other) break;
        console.log(
          `at ${result.rate}/s: p99 ${result.p99.toFixed(1)} ms against ${other.p99.toFixed(1)} ms; CPU per request ` +
            `(service + FerretDB + PostgreSQL + Kafka + Redis) ${total(result).toFixed(2)} ms against ${total(other).toFixed(2)} ms ` +
            `(${(total(other) / total(result)).toFixed(2)}× less for the platform)`,
        );
      }
      if (platform.best && commonWay.best) {
        console.log(
          `ratio of the highest rates: ${(platform.best.rate / commonWay.best.rate).toFixed(2)}×` +
            (platform.stopped && commonWay.stopped
              ? ''
              : ' (at least one service was never pushed past its limit)'),
        );
      }
    }
    // The relay publishes while requests come in; how far behind it is at the end shows whether it keeps up.
    const drainStarted = Date.now();
    const pendingAtEnd = await markers.countDocuments();
    let pending = pendingAtEnd;
    while (pending > 0 && Date.now() - drainStarted < 60_000) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      pending = await markers.countDocuments();
    }
    console.log(
      `outbox: ${pendingAtEnd} commits not yet published at the end; ` +
        (pending === 0
          ? `all published ${((Date.now() - drainStarted) / 1000).toFixed(1)} s later`
          : `${pending} still pending after 60 s`),
    );
  } finally {
    await connection.close();
    await commonConnection?.close();
    child.kill('SIGTERM');
    common?.child.kill('SIGTERM');
    agent.destroy();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
