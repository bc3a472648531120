import { randomBytes } from 'node:crypto';

function hex(): string {
  return randomBytes(4).toString('hex');
}

/** A topic of the test namespace, which monitoring's default pattern never reads: `test.<name>-<hex>`. */
export function testTopic(name: string): string {
  return `test.${name}-${hex()}`;
}

/** A consumer group of the test namespace: `test.<name>-<hex>`. */
export function testGroup(name: string): string {
  return `test.${name}-${hex()}`;
}

/** A namespace for every topic of a service under test (KAFKA_TOPIC_PREFIX): `test.<hex>.`. */
export function testTopicPrefix(): string {
  return `test.${hex()}.`;
}

/** A database of the test namespace, easy to find and drop: `test_<name>_<hex>`. */
export function testDatabase(name: string): string {
  return `test_${name.replace(/[^A-Za-z0-9_]/g, '_')}_${hex()}`;
}

/** A Redis key prefix of the test namespace (REDIS_KEY_PREFIX): `test:<name>-<hex>`. */
export function testRedisPrefix(name: string): string {
  return `test:${name}-${hex()}`;
}
