import { testEnv } from '@okr/service-kit/testing';
import { testDatabase, testRedisPrefix, testTopicPrefix } from './test-names';

/**
 * The environment of a service under test that publishes or consumes events: testEnv's, with its topics,
 * database and Redis keys in the test namespace (`test.<hex>.`, `test_…`, `test:…`), so nothing it writes is
 * read by the services `npm start` runs on the same infrastructure.
 */
export function messagingTestEnv(name: string, overrides: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return testEnv({
    MONGODB_DATABASE: testDatabase(name),
    KAFKA_TOPIC_PREFIX: testTopicPrefix(),
    REDIS_KEY_PREFIX: testRedisPrefix(name),
    ...overrides,
  });
}
