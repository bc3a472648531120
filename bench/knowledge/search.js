#!/usr/bin/env node
// Benchmark: searching the knowledge service's published products (ADR 0008).
//
// Run: `npx tsc -b tsconfig.json && node bench/knowledge/search.js` with the infrastructure up. It starts the
// built service (services/knowledge/dist/main.js) as a child process on a database, topic prefix and Redis
// prefix of its own in the test namespace, publishes BENCH_PRODUCTS generated products with Dutch-like text
// through the API (create, submit, approve), then starts a second replica of the same deployment (how long it
// takes to load them is the index build time), and:
//   1. searches with text and filters from BENCH_CLIENTS concurrent clients for BENCH_SECONDS, spread over both
//      replicas (closed loop), and reports p50/p99 latency and queries per second;
//   2. publishes BENCH_VISIBILITY_SAMPLES more products one by one and measures, for each, the time from the
//      approval's answer until both replicas find it;
//   3. for comparison, times the candidate without an index: a case-insensitive regular-expression scan of the
//      stored products in the database (what works on both FerretDB and MongoDB without a text index).
//
// Settings (environment): BENCH_PRODUCTS (10000), BENCH_CLIENTS (50), BENCH_SECONDS (20), BENCH_PORT (3911;
// the replica takes the next), BENCH_VISIBILITY_SAMPLES (10), BENCH_KEEP_DATA (leave the database),
// BENCH_SERVICE_NODE_ARGS (e.g. "--cpu-prof" to profile the replicas).
const { spawn } = require('node:child_process');
const http = require('node:http');
const os = require('node:os');
const { join } = require('node:path');
const { mintDevelopmentToken } = require('@okr/service-kit');
const mongoose = require('mongoose');

const root = join(__dirname, '..', '..');
const PORT = Number(process.env.BENCH_PORT || 3911);
const PRODUCTS = Number(process.env.BENCH_PRODUCTS || 10_000);
const CLIENTS = Number(process.env.BENCH_CLIENTS || 50);
const SECONDS = Number(process.env.BENCH_SECONDS || 20);
const VISIBILITY_SAMPLES = Number(process.env.BENCH_VISIBILITY_SAMPLES || 10);
const SECRET = process.env.JWT_SECRET || 'development-only-secret-change-me-0123456789';
const P99_FLOOR_MS = 50;

// Words of Dutch education texts, so that stemming, stop words and relevance see realistic material.
const WORDS = (
  'leerlingen leraren school scholen onderwijs lezen begrijpend woordenschat rekenen taal instructie ' +
  'feedback klassenmanagement samenwerking ouders gemeenschap motivatie gedrag pesten welbevinden ' +
  'differentiatie niveaus tutoring zomerschool leertijd professionalisering schoolleider leiderschap ' +
  'onderzoek interventie aanpak effectief bewezen kansrijk praktijk aanbevelingen meertaligheid ' +
  'nieuwkomers hoogbegaafdheid basisvaardigheden burgerschap digitale geletterdheid formatief toetsen ' +
  'executieve functies sociaal emotioneel leren klimaat cultuur team visie evaluatie implementatie'
).split(' ');
const GLUE = 'de het een van in op voor met en dat die bij over naar door als ook'.split(' ');
const THEMES = [
  'woordenschat',
  'begrijpend-lezen',
  'rekenen',
  'meertaligheid',
  'tutoring',
  'klassenmanagement',
  'leraar-leerling-relatie',
  'formatief-handelen',
  'hoogbegaafdheid',
  'burgerschap',
];
const TYPES = ['theme-page', 'guideline', 'meta-review', 'intervention', 'practice-card', 'toolkit'];
const SECTORS = [['PO'], ['VO'], ['PO', 'VO'], ['SO'], ['PO', 'SO']];
const CODES = ['P1.A', 'P2.B', 'P3.A', 'P3.B', 'P3.C', 'P4.A', 'P5.A', 'P5.B', 'P6.A', 'P7.C'];

let seed = 42;
function random() {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
}
const pick = (list) => list[Math.floor(random() * list.length)];

// Real texts have a large vocabulary with a few very frequent words (Zipf): 6,000 pseudo-Dutch words made of
// syllables, with the education words above at ranks 30, 60, 90, … (frequent, but each in a minority of texts).
const SYLLABLES = 'ver be ge ont aan op over on door lei ding heid schap ing lijk baar ter stel wer ken '
  .concat('lee ren spre ken school taal reken klas groep team plan doel bron kaart wijs zicht vorm')
  .split(' ');
const VOCABULARY = Array.from({ length: 6_000 }, (_, rank) => {
  let word = '';
  for (let n = rank + 7; word.length < 7; n = Math.floor(n / SYLLABLES.length) + rank)
    word += SYLLABLES[n % SYLLABLES.length];
  return `${word}${rank}`;
});
WORDS.forEach((word, index) => VOCABULARY.splice(30 * (index + 1), 0, word));
const CUMULATIVE = [];
VOCABULARY.reduce((sum, _, rank) => {
  CUMULATIVE.push(sum + 1 / (rank + 1));
  return sum + 1 / (rank + 1);
}, 0);
function zipfWord() {
  const target = random() * CUMULATIVE[CUMULATIVE.length - 1];
  let [low, high] = [0, CUMULATIVE.length - 1];
  while (low < high) {
    const middle = (low + high) >> 1;
    if (CUMULATIVE[middle] < target) low = middle + 1;
    else high = middle;
  }
  return VOCABULARY[low];
}
function sentence(words) {
  const out = [];
  for (let i = 0; i < words; i += 1) out.push(random() < 0.3 ? pick(GLUE) : zipfWord());
  return out.join(' ');
}

function productBody(n) {
  return {
    productType: TYPES[n % TYPES.length],
    title: `${sentence(3)} ${pick(WORDS)}`,
    summary: sentence(20),
    body: Array.from({ length: 6 }, () => sentence(30)).join('.\n\n'),
    themes: [pick(THEMES), pick(THEMES)].filter((theme, index, all) => all.indexOf(theme) === index),
    sectors: pick(SECTORS),
    pillarCodes: [pick(CODES)],
    sources: [{ title: 'Bron', url: `https://example.org/bron/${n}` }],
    coCreation: { teachers: n % 3, schoolLeaders: n % 2, teacherEducators: 0, researchers: 1 },
  };
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 512 });
function call(port, method, path, token, body) {
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
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(payload
            ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }
            : {}),
        },
      },
      (response) => {
        const chunks = [];
        response.on('data', (chunk) => chunks.push(chunk));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: response.statusCode, body: text === '' ? undefined : JSON.parse(text) });
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
  if (response.status !== status)
    throw new Error(`${what}: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

async function inBatches(count, concurrency, work) {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const n = next;
        next += 1;
        await work(n);
      }
    }),
  );
}

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

function startService(port, env) {
  const nodeArgs = (process.env.BENCH_SERVICE_NODE_ARGS || '').split(' ').filter(Boolean);
  const child = spawn(
    process.execPath,
    [...nodeArgs, join(root, 'services', 'knowledge', 'dist', 'main.js')],
    {
      env: {
        MONGODB_URI: 'mongodb://127.0.0.1:27017',
        KAFKA_BROKERS: '127.0.0.1:9092',
        REDIS_URL: 'redis://127.0.0.1:6379',
        ...process.env,
        ...env,
        PORT: String(port),
        JWT_SECRET: SECRET,
        LOG_LEVEL: process.env.BENCH_LOG_LEVEL || 'warn',
        PUBLIC_READ_LIMIT: '100000000',
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  return child;
}

async function ready(port, child, timeoutMs = 300_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the service exited with ${child.exitCode}`);
    const ok = await fetch(`http://127.0.0.1:${port}/health/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    if (Date.now() > deadline) throw new Error('the service did not become ready');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function publish(port, token, body) {
  const created = await expectStatus(call(port, 'POST', '/products', token, body), 201, 'create');
  const id = created.productId;
  await expectStatus(call(port, 'POST', `/products/${id}/submission`, token, {}), 200, 'submit');
  await expectStatus(
    call(port, 'POST', `/products/${id}/review`, token, { decision: 'approved', reasons: [] }),
    200,
    'approve',
  );
  return id;
}

function randomQuery() {
  const parts = [];
  const shape = random();
  if (shape < 0.8)
    parts.push(`q=${encodeURIComponent(random() < 0.5 ? pick(WORDS) : `${pick(WORDS)} ${pick(WORDS)}`)}`);
  if (random() < 0.5) parts.push(`sector=${pick(['PO', 'VO', 'SO'])}`);
  if (random() < 0.4) parts.push(`productType=${pick(TYPES)}`);
  if (random() < 0.3) parts.push(`theme=${pick(THEMES)}`);
  if (random() < 0.3) parts.push(`pillarCode=${pick(['P3', 'P5', 'P3.A', 'P6'])}`);
  parts.push(`page=${1 + Math.floor(random() * 3)}&pageSize=20`);
  return `/public/products?${parts.join('&')}`;
}

async function main() {
  const database = `test_bench_knowledge_${Date.now()}`;
  const env = {
    MONGODB_DATABASE: database,
    KAFKA_TOPIC_PREFIX: `test.${database}.`,
    REDIS_KEY_PREFIX: `test:${database}`,
  };
  const token = await mintDevelopmentToken({
    secret: SECRET,
    subject: 'bench-editor',
    roles: ['pillar-team:knowledge'],
    lifetimeSeconds: 7200,
  });
  console.log(
    `machine: ${os.cpus().length} cores (${os.cpus()[0]?.model}), ${Math.round(os.totalmem() / 2 ** 30)} GiB`,
  );
  for (const port of [PORT, PORT + 1]) {
    const taken = await fetch(`http://127.0.0.1:${port}/health/live`).then(
      () => true,
      () => false,
    );
    if (taken) throw new Error(`port ${port} is in use: stop what runs there, or set BENCH_PORT`);
  }
  const first = startService(PORT, env);
  const children = [first];
  try {
    await ready(PORT, first);
    const seedStarted = Date.now();
    await inBatches(PRODUCTS, 16, (n) => publish(PORT, token, productBody(n)));
    console.log(
      `published ${PRODUCTS} products through the API in ${((Date.now() - seedStarted) / 1000).toFixed(1)} s`,
    );

    const replicaStarted = Date.now();
    const second = startService(PORT + 1, env);
    children.push(second);
    await ready(PORT + 1, second);
    console.log(
      `a new replica loaded them and answered ready in ${((Date.now() - replicaStarted) / 1000).toFixed(1)} s`,
    );
    for (const port of [PORT, PORT + 1]) {
      const deadline = Date.now() + 120_000;
      for (;;) {
        const all = await call(port, 'GET', '/public/products?pageSize=1');
        if (all.body.total === PRODUCTS) break;
        if (Date.now() > deadline) throw new Error(`replica on ${port} holds ${all.body.total} products`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }

    // 1. Search at CLIENTS concurrent clients, spread over both replicas.
    const latencies = [];
    let failures = 0;
    const until = Date.now() + SECONDS * 1000;
    const loadStarted = Date.now();
    await Promise.all(
      Array.from({ length: CLIENTS }, async (_, client) => {
        const port = client % 2 === 0 ? PORT : PORT + 1;
        while (Date.now() < until) {
          const started = process.hrtime.bigint();
          const response = await call(port, 'GET', randomQuery());
          latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
          if (response.status !== 200) failures += 1;
        }
      }),
    );
    const elapsed = (Date.now() - loadStarted) / 1000;
    latencies.sort((a, b) => a - b);
    const p50 = percentile(latencies, 50);
    const p99 = percentile(latencies, 99);
    console.log(
      `search: ${CLIENTS} clients, ${latencies.length} queries in ${elapsed.toFixed(1)} s = ${(latencies.length / elapsed).toFixed(0)} queries/s, ` +
        `p50 ${p50.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms, max ${latencies[latencies.length - 1].toFixed(1)} ms, non-200 ${failures}`,
    );
    console.log(`p99 ≤ ${P99_FLOOR_MS} ms: ${p99 <= P99_FLOOR_MS ? 'yes' : 'NO'}`);

    // 2. From a publication until every replica finds it.
    const visible = [];
    for (let sample = 0; sample < VISIBILITY_SAMPLES; sample += 1) {
      const word = `zichtbaarheidstoets${sample}x${Date.now()}`;
      await publish(PORT, token, { ...productBody(PRODUCTS + sample), title: `Nieuw ${word}` });
      const approved = Date.now();
      const pending = new Set([PORT, PORT + 1]);
      while (pending.size > 0) {
        for (const port of [...pending]) {
          const found = await call(port, 'GET', `/public/products?q=${word}`);
          if (found.body.total === 1) pending.delete(port);
        }
        if (Date.now() - approved > 30_000) throw new Error('a publication was not found within 30 s');
      }
      visible.push(Date.now() - approved);
    }
    visible.sort((a, b) => a - b);
    console.log(
      `publication → found on both replicas: median ${percentile(visible, 50)} ms, max ${visible[visible.length - 1]} ms (${VISIBILITY_SAMPLES} samples)`,
    );

    // 3. The candidate without an index: a regular-expression scan of the stored products.
    const connection = await mongoose
      .createConnection('mongodb://127.0.0.1:27017', { dbName: database })
      .asPromise();
    const commits = connection.collection('commits');
    const scan = [];
    for (let i = 0; i < 2; i += 1) {
      const started = process.hrtime.bigint();
      await commits
        .find(
          {
            aggregateType: 'knowledge-product',
            'state.published.content.body': { $regex: pick(WORDS), $options: 'i' },
          },
          { projection: { 'state.productId': 1, version: 1 } },
        )
        .toArray();
      scan.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
    scan.sort((a, b) => a - b);
    console.log(
      `regex scan of the stored products (one query at a time, 2 queries): ${scan.map((ms) => ms.toFixed(0)).join(' ms, ')} ms`,
    );
    if (!process.env.BENCH_KEEP_DATA) await connection.dropDatabase();
    await connection.close();
  } finally {
    for (const child of children) child.kill('SIGTERM');
    agent.destroy();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
