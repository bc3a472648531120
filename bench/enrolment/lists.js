#!/usr/bin/env node
// Benchmark: the help desk's lists at national scale (issue #14 §4, docs/adr/0013). 9,000 schools with a realistic
// history are seeded through the API; then help-desk users page through and search schools and inquiries, the
// overdue inquiries and a round's queue, closed loop without think time.
//
// Run: `npm run build && node bench/enrolment/lists.js` with the infrastructure up (`npm run infra:up`). It starts
// the built service (services/enrolment/dist/main.js) as a child process on a database of its own (test_bench_…)
// and Redis prefix of its own; seeds every school with a registration and an inquiry, most with an exploratory
// conversation, some referred, with a fit intake, an application in one round, a decision, and so a participation;
// then restarts the service on the seeded database (measuring how long it takes to read what it keeps and how
// much memory that takes), times one request of the old path (the commit scan `GET /schools` used to do on every
// request), and lets BENCH_USERS users list for BENCH_SECONDS. It prints latency per endpoint and overall,
// requests/s and the service's resident memory.
//
// Settings (environment): BENCH_SCHOOLS (default 9000), BENCH_USERS (default 30), BENCH_SECONDS (default 30),
// BENCH_SEED_CLIENTS (default 8), BENCH_PORT (default 3902), BENCH_DATABASE (reuse a database seeded before:
// skips the seeding), BENCH_KEEP_DATABASE=1 (do not drop it at the end), BENCH_SERVICE_NODE_ARGS (e.g.
// "--cpu-prof" to profile the service).
const http = require('node:http');
const { readFileSync } = require('node:fs');
const os = require('node:os');

const { mintDevelopmentToken } = require('@okr/service-kit');
const { brinOf, callJson, expectStatus, inBatches, percentile, startEnrolmentService } = require('./support');
const mongoose = require('mongoose');

const PORT = Number(process.env.BENCH_PORT || 3902);
const SCHOOLS = Number(process.env.BENCH_SCHOOLS || 9000);
const USERS = Number(process.env.BENCH_USERS || 30);
const SECONDS = Number(process.env.BENCH_SECONDS || 30);
const SEED_CLIENTS = Number(process.env.BENCH_SEED_CLIENTS || 8);
const P99_FLOOR_MS = 50;
const PAGE_SIZE = 25;
const SECRET = process.env.JWT_SECRET || 'development-only-secret-change-me-0123456789';
const ACTIVITIES = [
  'groeikracht',
  'de-transformatieve-school',
  'taallab-participating',
  'lerarenlab-participating',
];
const AMOUNT_CENTS = 1_000_000;
const DAY_MS = 86_400_000;

// Names as Dutch schools have them: a kind, a name, and (in the search) a place.
const KINDS = [
  'Basisschool',
  'OBS',
  'CBS',
  'RKBS',
  'IKC',
  'Kindcentrum',
  'Lyceum',
  'College',
  'Scholengemeenschap',
];
const WORDS = [
  'De Regenboog',
  'De Linde',
  'Het Kompas',
  'De Klimop',
  'De Wilgen',
  'De Ark',
  'De Vlinder',
  'De Zonnebloem',
  'Meander',
  'Horizon',
  'De Fontein',
  'Het Baken',
  'De Springplank',
  'De Sterrenwacht',
  'Het Palet',
  'De Bron',
  'Wereldwijs',
  'De Tweemaster',
  'Het Mozaïek',
  'De Eendracht',
  'Sint Jozef',
  'Titus Brandsma',
  'Erasmus',
  'Spinoza',
  'Comenius',
  'Montessori',
  'Dalton',
  'Jenaplan',
  'De Vuurvogel',
  'Het Startpunt',
];
const PLACES = [
  ['Amsterdam', 'Noord-Holland'],
  ['Rotterdam', 'Zuid-Holland'],
  ['Den Haag', 'Zuid-Holland'],
  ['Utrecht', 'Utrecht'],
  ['Eindhoven', 'Noord-Brabant'],
  ['Groningen', 'Groningen'],
  ['Tilburg', 'Noord-Brabant'],
  ['Almere', 'Flevoland'],
  ['Breda', 'Noord-Brabant'],
  ['Nijmegen', 'Gelderland'],
  ['Zwolle', 'Overijssel'],
  ['Leeuwarden', 'Friesland'],
  ['Maastricht', 'Limburg'],
  ['Assen', 'Drenthe'],
  ['Middelburg', 'Zeeland'],
  ['Kampen', 'Overijssel'],
  ['Emmen', 'Drenthe'],
  ['Venlo', 'Limburg'],
  ['Deventer', 'Overijssel'],
  ['Haarlem', 'Noord-Holland'],
];

const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

function call(method, path, token, body) {
  return callJson({ port: PORT, agent }, method, path, token, body);
}

/** Starts the service; ready only once the states it keeps are read (the kept-aggregates check). */
function startService(database) {
  return startEnrolmentService({ port: PORT, database, secret: SECRET, readyTimeoutMs: 180_000 });
}

// A fixed pseudo-random sequence per school, so every run seeds the same history.
function dice(index, salt) {
  const x = Math.sin(index * 12.9898 + salt * 78.233) * 43758.5453;
  return x - Math.floor(x);
}

function rssMiB(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return kib / 1024;
}

/** The service's V8 heap in use (its Prometheus metrics), in MiB: what RSS says less reliably. */
async function heapMiB(token) {
  const response = await fetch(`http://127.0.0.1:${PORT}/metrics`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const bytes = Number(/^nodejs_heap_size_used_bytes (\S+)/m.exec(await response.text())?.[1] ?? NaN);
  return bytes / 1024 / 1024;
}

/** CPU time the process has used, in ms (utime + stime; clock ticks of 10 ms on Linux). */
function cpuMs(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

async function stopService(child) {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

async function seed(tokens) {
  const round = await expectStatus(
    call('POST', '/subsidy-rounds', tokens.admin, {
      schoolYear: '2025-2026',
      opensAt: new Date(Date.now() - 3_600_000).toISOString(),
      closesAt: new Date(Date.now() + 30 * DAY_MS).toISOString(),
      budgetCents: 1_000_000_000_000,
      maxGrants: 100_000,
      activityAmounts: ACTIVITIES.map((activity) => ({ activity, maxAmountCents: AMOUNT_CENTS })),
    }),
    201,
    'open a round',
  );
  const roundId = round.roundId;
  const counts = {
    schools: 0,
    inquiries: 0,
    conversations: 0,
    referrals: 0,
    intakes: 0,
    applications: 0,
    grants: 0,
    rejections: 0,
  };
  let done = 0;
  const started = Date.now();
  await inBatches(SCHOOLS, SEED_CLIENTS, async (index) => {
    const brin = brinOf(index);
    const [municipality, province] = PLACES[index % PLACES.length];
    const activity = ACTIVITIES[index % ACTIVITIES.length];
    await expectStatus(
      call('POST', '/schools', tokens.helpdesk, {
        brin,
        name: `${KINDS[index % KINDS.length]} ${WORDS[Math.floor(dice(index, 1) * WORDS.length)]}`,
        sector: dice(index, 2) < 0.7 ? 'PO' : 'VO',
        specialisedEducation: dice(index, 3) < 0.05,
        boardNumber: String(40000 + (index % 1200)),
        municipality,
        province,
        pupilCount: 80 + Math.floor(dice(index, 4) * 900),
        weakPerforming: dice(index, 5) < 0.1,
        specialTargetGroups: dice(index, 6) < 0.2,
      }),
      201,
      'register a school',
    );
    counts.schools += 1;
    // Received some day in the last half year, so that the open ones are overdue by now.
    const receivedAt = new Date(Date.now() - (2 + Math.floor(dice(index, 7) * 180)) * DAY_MS).toISOString();
    const inquiry = await expectStatus(
      call('POST', '/inquiries', tokens.helpdesk, {
        brin,
        channel: ['email', 'phone', 'web-form', 'information-session'][index % 4],
        question: 'Hoe kunnen wij meedoen?',
        receivedAt,
      }),
      201,
      'record an inquiry',
    );
    counts.inquiries += 1;
    const inquiryId = inquiry.inquiryId;
    // Most get an exploratory conversation; some are referred; some of those have an intake and apply.
    if (dice(index, 8) < 0.8) {
      await expectStatus(
        call('POST', `/inquiries/${inquiryId}/conversations`, tokens.helpdesk, {
          notes: 'Verkennend gesprek',
        }),
        201,
        'hold the exploratory conversation',
      );
      counts.conversations += 1;
      if (dice(index, 9) < 0.5) {
        await expectStatus(
          call('POST', `/inquiries/${inquiryId}/referral`, tokens.helpdesk, {
            kind: 'activities',
            activities: [activity],
          }),
          201,
          'refer the inquiry',
        );
        counts.referrals += 1;
        await expectStatus(
          call('POST', '/intakes', tokens.pillar, {
            brin,
            activity,
            outcome: 'fit',
            notes: 'Past',
            inquiryId,
          }),
          201,
          'record a fit intake',
        );
        counts.intakes += 1;
        if (dice(index, 10) < 0.7) {
          const application = await expectStatus(
            call('POST', '/subsidy-applications', tokens.helpdesk, {
              brin,
              activity,
              roundId,
              requestedAmountCents: AMOUNT_CENTS,
              motivation: 'Wij willen onze onderzoekscultuur versterken.',
            }),
            201,
            'submit an application',
          );
          counts.applications += 1;
          const decision = dice(index, 11);
          if (decision < 0.45) {
            await expectStatus(
              call('POST', `/subsidy-applications/${application.applicationId}/grant`, tokens.officer, {}),
              200,
              'grant the application',
            );
            counts.grants += 1;
          } else if (decision < 0.6) {
            await expectStatus(
              call('POST', `/subsidy-applications/${application.applicationId}/rejection`, tokens.officer, {
                reasonCode: 'not-eligible',
                reasonText: 'Past niet binnen de regeling.',
              }),
              200,
              'reject the application',
            );
            counts.rejections += 1;
          }
        }
      }
    }
    done += 1;
    if (done % 1000 === 0) {
      console.log(`  seeded ${done} schools in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    }
  });
  return { roundId, counts };
}

/** What one help-desk user asks for next: paging, searching and filtering the desk's lists. */
function nextRequest(roundId, random) {
  const page = 1 + Math.floor(random() * 20);
  const word = WORDS[Math.floor(random() * WORDS.length)].split(' ').pop().toLowerCase();
  const [municipality] = PLACES[Math.floor(random() * PLACES.length)];
  const brinPart = brinOf(Math.floor(random() * SCHOOLS)).slice(0, 3);
  const choice = random();
  if (choice < 0.2) return ['GET /schools?page', `/schools?page=${page}&pageSize=${PAGE_SIZE}`];
  if (choice < 0.35)
    return ['GET /schools?search', `/schools?search=${encodeURIComponent(word)}&pageSize=${PAGE_SIZE}`];
  if (choice < 0.45) return ['GET /schools?search=BRIN', `/schools?search=${brinPart}&pageSize=${PAGE_SIZE}`];
  if (choice < 0.55)
    return [
      'GET /schools?filters',
      `/schools?sector=PO&municipality=${encodeURIComponent(municipality)}&weakPerforming=false&page=${1 + (page % 3)}&pageSize=${PAGE_SIZE}`,
    ];
  if (choice < 0.7) return ['GET /inquiries?page', `/inquiries?page=${page}&pageSize=${PAGE_SIZE}`];
  if (choice < 0.8)
    return [
      'GET /inquiries?status&search',
      `/inquiries?status=open&search=${brinPart}&pageSize=${PAGE_SIZE}`,
    ];
  if (choice < 0.9)
    return ['GET /inquiries/overdue', `/inquiries/overdue?page=${1 + (page % 5)}&pageSize=${PAGE_SIZE}`];
  return [
    'GET /subsidy-rounds/{id}/applications?queue',
    `/subsidy-rounds/${roundId}/applications?queue=true&page=${1 + (page % 5)}&pageSize=${PAGE_SIZE}`,
  ];
}

async function load(token, roundId, child, seconds) {
  const latencies = new Map();
  const failures = {};
  const rss = [];
  const sampler = setInterval(() => rss.push(rssMiB(child.pid)), 1000);
  const cpuBefore = cpuMs(child.pid);
  const ends = performance.now() + seconds * 1000;
  let seed = 1;
  const random = () => {
    seed = (seed * 16807) % 2147483647;
    return (seed - 1) / 2147483646;
  };
  await Promise.all(
    Array.from({ length: USERS }, async () => {
      while (performance.now() < ends) {
        const [name, path] = nextRequest(roundId, random);
        const started = performance.now();
        const response = await call('GET', path, token).catch((error) => ({ status: error.code || 'error' }));
        const took = performance.now() - started;
        if (response.status !== 200)
          failures[`${name} ${response.status}`] = (failures[`${name} ${response.status}`] || 0) + 1;
        if (!latencies.has(name)) latencies.set(name, []);
        latencies.get(name).push(took);
      }
    }),
  );
  clearInterval(sampler);
  return { latencies, failures, rss, cpu: cpuMs(child.pid) - cpuBefore };
}

function line(name, values, seconds) {
  const sorted = [...values].sort((a, b) => a - b);
  return (
    `${name.padEnd(46)} ${String(sorted.length).padStart(7)} ${(sorted.length / seconds).toFixed(0).padStart(6)}` +
    ` ${percentile(sorted, 50).toFixed(1).padStart(6)} ${percentile(sorted, 95).toFixed(1).padStart(6)}` +
    ` ${percentile(sorted, 99).toFixed(1).padStart(6)} ${sorted[sorted.length - 1].toFixed(1).padStart(7)}`
  );
}

/** The old path: what `AggregateStore.list` did for every request before (docs/adr/0005), timed once. */
async function commitScan(commits) {
  const started = performance.now();
  const found = await commits.find({ aggregateType: 'school' }, { projection: { events: 0 } }).toArray();
  const latest = new Map();
  for (const commit of found) {
    const known = latest.get(commit.stream);
    if (!known || known.version < commit.version) latest.set(commit.stream, commit);
  }
  return { ms: performance.now() - started, commits: found.length, schools: latest.size };
}

async function main() {
  const tokens = {
    helpdesk: await mintDevelopmentToken({ roles: ['helpdesk'], secret: SECRET, subject: 'bench-desk' }),
    pillar: await mintDevelopmentToken({
      roles: ['pillar-team:enrolment'],
      secret: SECRET,
      subject: 'bench-pillar',
    }),
    officer: await mintDevelopmentToken({
      roles: ['subsidy-officer'],
      secret: SECRET,
      subject: 'bench-officer',
    }),
    admin: await mintDevelopmentToken({ roles: ['admin'], secret: SECRET, subject: 'bench-admin' }),
  };
  // In the test namespace (test_…), which `npm run test:clean` removes and the platform never reads.
  const database = process.env.BENCH_DATABASE || `test_bench_lists_${Date.now()}`;
  const connection = await mongoose
    .createConnection(process.env.MONGODB_URI || 'mongodb://127.0.0.1:27017', { dbName: database })
    .asPromise();
  const commits = connection.collection('commits');
  let child;
  try {
    let roundId;
    if (process.env.BENCH_DATABASE) {
      roundId = (await commits.findOne({ aggregateType: 'subsidy-round' }))?.state.roundId;
      console.log(`reusing ${database} (${await commits.countDocuments({})} commits)`);
    } else {
      const empty = await startService(database);
      child = empty.child;
      console.log(
        `service ready on an empty database in ${empty.readyMs} ms, RSS ${rssMiB(child.pid).toFixed(0)} MiB, ` +
          `heap used ${(await heapMiB(tokens.admin)).toFixed(0)} MiB`,
      );
      const seedStarted = Date.now();
      const seeded = await seed(tokens);
      roundId = seeded.roundId;
      console.log(
        `seeded through the API with ${SEED_CLIENTS} concurrent clients in ${((Date.now() - seedStarted) / 1000).toFixed(0)} s: ` +
          Object.entries(seeded.counts)
            .map(([what, count]) => `${count} ${what}`)
            .join(', '),
      );
      console.log(`RSS of the service that seeded: ${rssMiB(child.pid).toFixed(0)} MiB`);
      await stopService(child);
    }
    const total = await commits.countDocuments({});
    // A fresh start on the seeded database: it reads every kept type before it is ready.
    const restarted = await startService(database);
    child = restarted.child;
    console.log(
      `restarted on ${total} commits: ready (kept states read) in ${restarted.readyMs} ms, ` +
        `RSS ${rssMiB(child.pid).toFixed(0)} MiB, heap used ${(await heapMiB(tokens.admin)).toFixed(0)} MiB`,
    );
    const scans = [];
    for (let i = 0; i < 3; i += 1) scans.push(await commitScan(commits));
    console.log(
      `old path, one request at a time: the commit scan of GET /schools read ${scans[0].commits} commits of ${scans[0].schools} schools in ` +
        scans.map(({ ms }) => `${ms.toFixed(0)} ms`).join(', ') +
        ' (three runs, without building the response)',
    );
    // Warm-up: JIT, views made once per type and day.
    await load(tokens.helpdesk, roundId, child, 3);
    const { latencies, failures, rss, cpu } = await load(tokens.helpdesk, roundId, child, SECONDS);
    console.log(
      `\n${USERS} help-desk users, closed loop without think time, ${SECONDS} s, pages of ${PAGE_SIZE}; ` +
        `${os.cpus().length} cores (${os.cpus()[0]?.model}); service, load generator, Kafka, FerretDB, PostgreSQL and Redis on this machine; ${new Date().toISOString()}`,
    );
    console.log(
      `${'endpoint'.padEnd(46)} ${'requests'.padStart(7)} ${'req/s'.padStart(6)} ${'p50'.padStart(6)} ${'p95'.padStart(6)} ${'p99'.padStart(6)} ${'max ms'.padStart(7)}`,
    );
    const all = [];
    for (const [name, values] of [...latencies.entries()].sort()) {
      console.log(line(name, values, SECONDS));
      all.push(...values);
    }
    console.log(line('all', all, SECONDS));
    const sortedAll = all.sort((a, b) => a - b);
    const failed =
      Object.entries(failures)
        .map(([what, count]) => `${what} ×${count}`)
        .join(', ') || 'none';
    console.log(`non-200: ${failed}`);
    console.log(
      `service CPU: ${((cpu / (SECONDS * 1000)) * 100).toFixed(0)}% of a core, ${(cpu / all.length).toFixed(2)} ms per request`,
    );
    console.log(
      `service RSS during the run: ${Math.min(...rss).toFixed(0)}–${Math.max(...rss).toFixed(0)} MiB`,
    );
    console.log(
      percentile(sortedAll, 99) <= P99_FLOOR_MS
        ? `p99 ${percentile(sortedAll, 99).toFixed(1)} ms: within the floor of ${P99_FLOOR_MS} ms`
        : `p99 ${percentile(sortedAll, 99).toFixed(1)} ms: ABOVE the floor of ${P99_FLOOR_MS} ms`,
    );
  } finally {
    if (child) await stopService(child);
    if (!process.env.BENCH_KEEP_DATABASE && !process.env.BENCH_DATABASE) await connection.dropDatabase();
    else console.log(`database kept: BENCH_DATABASE=${database}`);
    await connection.close();
    agent.destroy();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
