#!/usr/bin/env node
// Measures which concurrency guarantees the MongoDB-compatible server at MONGODB_URI really gives:
// conditional updates and $inc under concurrent writers (lost updates?), and concurrent inserts under
// a unique index (exactly one winner?). Run: `node bench/mongo-concurrency.js` (infrastructure up).
// Results for FerretDB 1.24 are recorded in docs/adr/0002-infrastructure-without-docker.md.
const mongoose = require('mongoose');

const uri = process.env.MONGODB_URI || 'mongodb://127.0.0.1:27017';
const TRIALS = 20;
const WRITERS = 10;

async function main() {
  const connection = await mongoose
    .createConnection(uri, { dbName: `test_bench_concurrency_${Date.now()}` })
    .asPromise();
  const schema = new mongoose.Schema(
    { _id: String, remaining: Number, grants: [String] },
    { versionKey: false },
  );
  const Rounds = connection.model('Round', schema);
  const Commits = connection.model(
    'Commit',
    new mongoose.Schema({ stream: String, version: Number }).index(
      { stream: 1, version: 1 },
      { unique: true },
    ),
  );
  await Commits.init();

  // 1. Reserve 3 places among 10 concurrent applicants with a conditional update.
  let overbooked = 0;
  for (let trial = 0; trial < TRIALS; trial += 1) {
    await Rounds.create({ _id: `round-${trial}`, remaining: 3, grants: [] });
    const results = await Promise.all(
      Array.from({ length: WRITERS }, (_, writer) =>
        Rounds.updateOne(
          { _id: `round-${trial}`, remaining: { $gt: 0 } },
          { $inc: { remaining: -1 }, $push: { grants: `school-${writer}` } },
        ),
      ),
    );
    const granted = results.filter((result) => result.modifiedCount === 1).length;
    const round = await Rounds.findById(`round-${trial}`).lean();
    if (granted !== 3 || round.grants.length !== 3 || round.remaining !== 0) overbooked += 1;
  }

  // 2. 50 concurrent $inc of one counter.
  await Rounds.create({ _id: 'counter', remaining: 0, grants: [] });
  await Promise.all(
    Array.from({ length: 50 }, () => Rounds.updateOne({ _id: 'counter' }, { $inc: { remaining: 1 } })),
  );
  const counter = (await Rounds.findById('counter').lean()).remaining;

  // 3. 10 concurrent inserts of the same (stream, version).
  let notExactlyOne = 0;
  for (let trial = 0; trial < TRIALS; trial += 1) {
    const attempts = await Promise.allSettled(
      Array.from({ length: WRITERS }, () => Commits.create({ stream: `stream-${trial}`, version: 1 })),
    );
    if (attempts.filter((attempt) => attempt.status === 'fulfilled').length !== 1) notExactlyOne += 1;
  }

  await connection.dropDatabase();
  await connection.close();
  console.log(`server: ${uri}`);
  console.log(
    `method: ${TRIALS} trials x ${WRITERS} concurrent writers each, one connection pool, mongoose ${mongoose.version}`,
  );
  console.log(
    `conditional update ($gt + $inc + $push), trials with a wrong outcome: ${overbooked}/${TRIALS}`,
  );
  console.log(`50 concurrent $inc of one counter: final value ${counter} (expected 50)`);
  console.log(`unique-index insert race, trials without exactly one winner: ${notExactlyOne}/${TRIALS}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
