// Lookups by _id and by an equality filter on another field, and inserts, at 20 concurrent callers, on a
// collection of 20,000 documents. Run: `node bench/ferretdb-lookups.js` (infrastructure up). It shows why the
// services read aggregates by _id only: see deploy/local/ferretdb/patches/0001 and docs/adr/0002.
const mongoose = require('mongoose');
async function main() {
  const c = await mongoose
    .createConnection(process.env.MONGODB_URI || 'mongodb://127.0.0.1:27017', {
      dbName: `test_bench_lookups_${Date.now()}`,
    })
    .asPromise();
  const col = c.collection('commits');
  await col.createIndex({ stream: 1, version: 1 }, { unique: true });
  await col.createIndex({ causationKey: 1 }, { unique: true });
  const N = 20000;
  let t = Date.now();
  for (let i = 0; i < N; i += 1000) {
    await col.insertMany(
      Array.from({ length: 1000 }, (_, j) => ({
        _id: `s${i + j}#1`,
        stream: `s${i + j}`,
        version: 1,
        causationKey: `s${i + j}#1`,
        state: { a: 1, b: 'x'.repeat(200) },
        published: true,
      })),
    );
  }
  console.log('seed', Date.now() - t);
  async function run(name, op, n = 2000, conc = 20) {
    const lat = [];
    let k = 0;
    const t0 = Date.now();
    await Promise.all(
      Array.from({ length: conc }, async () => {
        while (k < n) {
          const i = k++;
          const s = performance.now();
          await op(i);
          lat.push(performance.now() - s);
        }
      }),
    );
    lat.sort((a, b) => a - b);
    console.log(
      name,
      'ops/s',
      Math.round(n / ((Date.now() - t0) / 1000)),
      'p50',
      lat[n >> 1].toFixed(1),
      'p99',
      lat[Math.floor(n * 0.99)].toFixed(1),
    );
  }
  await run('findOne _id', (i) => col.findOne({ _id: `s${(i * 7) % N}#1` }));
  await run('find stream sort limit', (i) =>
    col
      .find({ stream: `s${(i * 7) % N}` })
      .sort({ version: -1 })
      .limit(1)
      .toArray(),
  );
  await run('find stream', (i) => col.find({ stream: `s${(i * 7) % N}` }).toArray());
  await run('insertOne', (i) =>
    col.insertOne({
      _id: `n${i}#1`,
      stream: `n${i}`,
      version: 1,
      causationKey: `n${i}#1`,
      state: { a: 1, b: 'x'.repeat(200) },
      published: false,
    }),
  );
  await c.dropDatabase();
  await c.close();
}
main();
