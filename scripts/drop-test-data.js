// `npm run test:clean`: drops what tests and benchmarks left on the configured infrastructure, and nothing else.
// Tests name everything they create in a namespace of its own (docs/adr/0007): Kafka topics `test.…`, MongoDB
// databases `test_…`, Redis keys `test:…`. The platform's services never read those names, so this is only
// housekeeping; it never touches `okr.…` topics, `okr_…` databases or `okr:…` keys. A test run going on at the
// same time on this infrastructure loses its data: run it when none is.
const { Kafka, logLevel } = require('kafkajs');
const mongoose = require('mongoose');
const Redis = require('ioredis');

const TEST_TOPIC = /^test\./;
const TEST_DATABASE = /^test_/;
const TEST_KEYS = 'test:*';
// `--dry-run` counts what would be dropped and drops nothing.
const DRY_RUN = process.argv.includes('--dry-run');

async function dropTopics(brokers) {
  const admin = new Kafka({ clientId: 'drop-test-data', brokers, logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    const topics = (await admin.listTopics()).filter((topic) => TEST_TOPIC.test(topic));
    // The broker takes deletions in batches; hundreds at once time out.
    for (let start = 0; !DRY_RUN && start < topics.length; start += 50) {
      await admin.deleteTopics({ topics: topics.slice(start, start + 50), timeout: 30_000 });
    }
    const groups = (await admin.listGroups()).groups
      .map((group) => group.groupId)
      .filter((groupId) => /^test[.:_-]/.test(groupId));
    if (!DRY_RUN && groups.length > 0) await admin.deleteGroups(groups).catch(() => undefined);
    return { topics: topics.length, groups: groups.length };
  } finally {
    await admin.disconnect();
  }
}

async function dropDatabases(uri) {
  const connection = await mongoose.createConnection(uri, { serverSelectionTimeoutMS: 5_000 }).asPromise();
  try {
    const { databases } = await connection.db.admin().listDatabases();
    const names = databases.map((database) => database.name).filter((name) => TEST_DATABASE.test(name));
    for (const name of DRY_RUN ? [] : names) await connection.useDb(name).dropDatabase();
    return names.length;
  } finally {
    await connection.close();
  }
}

async function dropRedisKeys(url) {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis.connect();
  try {
    let dropped = 0;
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', TEST_KEYS, 'COUNT', 1000);
      if (keys.length > 0) dropped += DRY_RUN ? keys.length : await redis.unlink(...keys);
      cursor = next;
    } while (cursor !== '0');
    return dropped;
  } finally {
    redis.disconnect();
  }
}

async function main() {
  const brokers = (process.env.KAFKA_BROKERS || '127.0.0.1:9092').split(',');
  const kafka = await dropTopics(brokers);
  const databases = await dropDatabases(process.env.MONGODB_URI || 'mongodb://127.0.0.1:27017');
  const keys = await dropRedisKeys(process.env.REDIS_URL || 'redis://127.0.0.1:6379');
  console.log(
    `${DRY_RUN ? 'would drop' : 'dropped'} ${kafka.topics} test topics, ${kafka.groups} test consumer groups, ${databases} test databases, ` +
      `${keys} test Redis keys`,
  );
}

main().catch((error) => {
  console.error(`test:clean failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
