#!/usr/bin/env node
// Benchmark: importing the programme's history into the enrolment service (POST /imports, docs/import-format.md):
// a dry run, the real run, and a re-run of the same file, timed from the POST until GET /imports/{id} says done.
//
// Run: `npm run build && npx node bench/enrolment/import-history.js` with the infrastructure up. It generates a
// realistic history of BENCH_SCHOOLS schools (default 2000) since 2023 — each school registered; inquiries in
// several school years with exploratory conversations, referrals (to an activity or outside the programme) and
// closings; intakes; three subsidy rounds; applications with information requests, grants, rejections and
// withdrawals; participations started, completed or withdrawn; trained coaches and sustainability assessments —
// from a fixed seed, so every run imports the same file. It starts the built service
// (services/enrolment/dist/main.js) as a child process on a database and Redis prefix of its own, in the test
// namespace, and prints rows/s and seconds for each run.
//
// Settings (environment): BENCH_SCHOOLS (default 2000), BENCH_PORT (default 3902), BENCH_SEED (default 14),
// BENCH_WRITE_FILE (a path: also write the generated file there).
const { writeFileSync } = require('node:fs');
const os = require('node:os');

const { mintDevelopmentToken } = require('@okr/service-kit');
const { brinOf, startEnrolmentService } = require('./support');
const mongoose = require('mongoose');

const PORT = Number(process.env.BENCH_PORT || 3902);
const SCHOOLS = Number(process.env.BENCH_SCHOOLS || 2000);
const SEED = Number(process.env.BENCH_SEED || 14);
const SECRET = process.env.JWT_SECRET || 'development-only-secret-change-me-0123456789';

// The activities schools apply for, with an amount the default catalogue and the rounds allow.
const ACTIVITIES = [
  { activity: 'groeikracht', amountCents: 3_000_000, roundMaxCents: 4_000_000, trajectory: true },
  {
    activity: 'de-transformatieve-school',
    amountCents: 3_000_000,
    roundMaxCents: 4_000_000,
    trajectory: true,
  },
  { activity: 'taallab-participating', amountCents: 1_000_000, roundMaxCents: 1_000_000, trajectory: false },
  {
    activity: 'lerarenlab-participating',
    amountCents: 1_000_000,
    roundMaxCents: 1_000_000,
    trajectory: false,
  },
  {
    activity: 'development-school',
    amountCents: 1_000_000,
    roundMaxCents: 2_000_000,
    trajectory: false,
    perPupilCents: 5_000,
  },
];
// One round a year since the programme began: schools apply in spring for the next school year.
const YEARS = [2023, 2024, 2025];
const PROVINCES = [
  'Overijssel',
  'Utrecht',
  'Noord-Holland',
  'Zuid-Holland',
  'Gelderland',
  'Groningen',
  'Limburg',
];

/** A small seeded generator (mulberry32): the same file on every machine. */
function generator(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    chance: (p) => next() < p,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
  };
}

const day = (year, month, dayOfMonth) =>
  `${year}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;

/** The history as JSON lines, and how many rows of each kind it has. */
function generateHistory(schools, seed) {
  const random = generator(seed);
  const rows = [];
  const kinds = {};
  const add = (row) => {
    rows.push(JSON.stringify(row));
    kinds[row.kind] = (kinds[row.kind] || 0) + 1;
  };
  for (const year of YEARS) {
    add({
      id: `round-${year}`,
      kind: 'round',
      schoolYear: `${year}-${year + 1}`,
      opensAt: `${year}-03-01T08:00:00Z`,
      closesAt: `${year}-04-30T15:00:00Z`,
      budgetCents: 10_000_000_000,
      maxGrants: schools,
      activityAmounts: ACTIVITIES.map(({ activity, roundMaxCents }) => ({
        activity,
        maxAmountCents: roundMaxCents,
      })),
    });
  }
  const today = new Date().toISOString().slice(0, 10);
  for (let index = 0; index < schools; index += 1) {
    const brin = brinOf(index);
    const sector = random.chance(0.7) ? 'PO' : 'VO';
    const pupilCount = random.int(60, sector === 'PO' ? 600 : 1800);
    add({
      id: `school-${brin}`,
      kind: 'school',
      brin,
      name: `School ${brin}`,
      sector,
      specialisedEducation: random.chance(0.05),
      boardNumber: String(40000 + random.int(0, 9999)),
      municipality: `Gemeente ${random.int(1, 340)}`,
      province: random.pick(PROVINCES),
      pupilCount,
      weakPerforming: random.chance(0.15),
      specialTargetGroups: random.chance(0.25),
      registeredOn: day(2023, 1, random.int(2, 13)),
    });
    // Most schools ask once, some again in a later year; about a third never do.
    const askedIn = YEARS.filter(() => random.chance(0.3));
    for (const year of askedIn) {
      const key = `${brin}-${year}`;
      const inquiry = `inquiry-${key}`;
      add({
        id: inquiry,
        kind: 'inquiry',
        brin,
        channel: random.pick(['email', 'phone', 'web-form', 'information-session']),
        receivedAt: `${day(year, 1, random.int(16, 31))}T${String(random.int(8, 16)).padStart(2, '0')}:15:00Z`,
      });
      if (!random.chance(0.85)) {
        add({
          id: `closing-${key}`,
          kind: 'inquiry-closure',
          inquiry,
          outcome: 'no-follow-up',
          closedOn: day(year, 2, 27),
        });
        continue;
      }
      add({
        id: `conversation-${key}`,
        kind: 'conversation',
        inquiry,
        heldOn: day(year, 2, random.int(1, 7)),
        notes: 'Verkennend gesprek.',
      });
      if (!random.chance(0.8)) {
        add({
          id: `referral-${key}`,
          kind: 'referral',
          inquiry,
          to: 'outside-programme',
          reasonCode: random.pick(['other-programme', 'not-eligible', 'no-capacity', 'other']),
          referredOn: day(year, 2, random.int(8, 12)),
        });
        add({
          id: `closing-${key}`,
          kind: 'inquiry-closure',
          inquiry,
          outcome: 'referred',
          closedOn: day(year, 2, 20),
        });
        continue;
      }
      const { activity, amountCents, trajectory, perPupilCents } = random.pick(ACTIVITIES);
      add({
        id: `referral-${key}`,
        kind: 'referral',
        inquiry,
        to: 'activities',
        activities: [activity],
        referredOn: day(year, 2, random.int(8, 12)),
      });
      const fit = random.chance(0.85);
      add({
        id: `intake-${key}`,
        kind: 'intake',
        inquiry,
        brin,
        activity,
        outcome: fit ? 'fit' : 'no-fit',
        notes: fit ? 'Past bij de school.' : 'Past nu niet.',
        heldOn: day(year, 2, random.int(14, 26)),
      });
      if (!fit || !random.chance(0.9)) continue;
      const application = `application-${key}`;
      add({
        id: application,
        kind: 'application',
        round: `round-${year}`,
        brin,
        activity,
        // A development school asks per pupil (the default catalogue: €50 a pupil, at most €20,000).
        requestedAmountCents: perPupilCents ? Math.min(amountCents, perPupilCents * pupilCount) : amountCents,
        motivation: 'Wij willen onze onderzoekscultuur versterken.',
        submittedAt: `${day(year, 3, random.int(1, 28))}T${String(random.int(8, 16)).padStart(2, '0')}:${String(random.int(0, 59)).padStart(2, '0')}:00Z`,
      });
      if (random.chance(0.15)) {
        add({
          id: `information-request-${key}`,
          kind: 'information-request',
          application,
          question: 'Graag de begroting.',
          requestedOn: day(year, 4, 2),
        });
        add({
          id: `resubmission-${key}`,
          kind: 'resubmission',
          application,
          supplement: 'Begroting bijgevoegd.',
          resubmittedOn: day(year, 4, random.int(5, 20)),
        });
      }
      const decision = random.int(1, 100);
      if (decision > 90) {
        add({
          id: `withdrawal-${key}`,
          kind: 'application-withdrawal',
          application,
          withdrawnOn: day(year, 4, 25),
        });
        continue;
      }
      if (decision > 75) {
        add({
          id: `rejection-${key}`,
          kind: 'rejection',
          application,
          reasonCode: random.pick(['not-eligible', 'incomplete', 'other']),
          reasonText: 'Niet toegekend.',
          decidedOn: day(year, 5, random.int(10, 30)),
        });
        continue;
      }
      add({ id: `grant-${key}`, kind: 'grant', application, decidedOn: day(year, 5, random.int(10, 30)) });
      add({
        id: `start-${key}`,
        kind: 'participation-start',
        application,
        startedOn: day(year, 8, random.int(25, 31)),
      });
      if (trajectory)
        add({ id: `coach-${key}`, kind: 'coach', application, trainedOn: day(year, 10, random.int(1, 28)) });
      const endOn = day(year + 1, 6, random.int(20, 30));
      if (endOn > today) continue;
      if (random.chance(0.1)) {
        add({
          id: `school-withdrawal-${key}`,
          kind: 'participation-withdrawal',
          application,
          reasonCode: random.pick(['capacity', 'leadership-change', 'other']),
          withdrawnOn: day(year + 1, 1, random.int(10, 31)),
        });
        continue;
      }
      add({
        id: `completion-${key}`,
        kind: 'completion',
        application,
        completedOn: endOn,
        ...(trajectory ? { pupilDevelopmentImproved: random.chance(0.4) } : {}),
      });
      const assessedOn = day(year + 2, 7, 1);
      if (trajectory && assessedOn <= today) {
        add({
          id: `assessment-${key}`,
          kind: 'assessment',
          application,
          assessedOn,
          sustainableCulture: random.chance(0.55),
        });
      }
    }
  }
  return { text: `${rows.join('\n')}\n`, rows: rows.length, kinds };
}

async function startService() {
  const database = `test_bench_import_${Date.now()}`;
  const { child } = await startEnrolmentService({ port: PORT, database, secret: SECRET });
  return { child, database };
}

/** Posts the file, then polls its progress until it is no longer running; answers the report and the seconds. */
async function timedImport(token, text, dryRun) {
  const started = performance.now();
  const response = await fetch(`http://127.0.0.1:${PORT}/imports?dryRun=${dryRun}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/x-ndjson' },
    body: text,
  });
  if (response.status !== 202)
    throw new Error(`POST /imports answered ${response.status}: ${await response.text()}`);
  const location = response.headers.get('location');
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const progress = await (
      await fetch(`http://127.0.0.1:${PORT}${location}`, { headers: { authorization: `Bearer ${token}` } })
    ).json();
    if (progress.state !== 'running') return { progress, seconds: (performance.now() - started) / 1000 };
  }
}

async function main() {
  const history = generateHistory(SCHOOLS, SEED);
  if (process.env.BENCH_WRITE_FILE) writeFileSync(process.env.BENCH_WRITE_FILE, history.text);
  console.log(
    `history of ${SCHOOLS} schools since 2023: ${history.rows} rows, ${(Buffer.byteLength(history.text) / 1_048_576).toFixed(1)} MiB\n` +
      Object.entries(history.kinds)
        .map(([kind, count]) => `  ${kind}: ${count}`)
        .join('\n'),
  );
  const token = await mintDevelopmentToken({ roles: ['admin'], secret: SECRET, subject: 'bench-admin' });
  const { child, database } = await startService();
  // Stopped early (Ctrl-C), the service goes too.
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      child.kill('SIGTERM');
      process.exit(130);
    });
  }
  const connection = await mongoose
    .createConnection(process.env.MONGODB_URI || 'mongodb://127.0.0.1:27017', { dbName: database })
    .asPromise();
  const commits = connection.collection('commits');
  try {
    console.log(
      `\n${os.cpus().length} cores (${os.cpus()[0]?.model}); service, Kafka, FerretDB, PostgreSQL and Redis on this machine; database ${database}`,
    );
    console.log('run        seconds   rows/s   created  unchanged  failed  commits');
    for (const [name, dryRun] of [
      ['dry run', true],
      ['real run', false],
      ['re-run', false],
    ]) {
      const { progress, seconds } = await timedImport(token, history.text, dryRun);
      const { rows } = progress;
      console.log(
        `${name.padEnd(9)} ${seconds.toFixed(1).padStart(8)} ${String(Math.round(rows.total / seconds)).padStart(8)}` +
          ` ${String(rows.created).padStart(9)} ${String(rows.unchanged).padStart(10)} ${String(rows.failed).padStart(7)}` +
          ` ${String(await commits.countDocuments()).padStart(8)}` +
          (progress.state === 'finished' ? '' : `  ${progress.state}: ${progress.failure}`),
      );
      for (const error of progress.errors.slice(0, 5))
        console.log(`  line ${error.line}: ${error.code} ${error.message}`);
    }
  } finally {
    child.kill('SIGTERM');
    await connection.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
