import { randomBytes } from 'node:crypto';
import { TEST_JWT_SECRET } from './tokens';

/** A short unique name for test data, databases and topics: `prefix-1a2b3c4d`. */
export function uniqueName(prefix: string): string {
  return `${prefix}-${randomBytes(4).toString('hex')}`;
}

/**
 * The environment a test app boots with: the real infrastructure from KAFKA_BROKERS, MONGODB_URI and
 * REDIS_URL (the local defaults when unset), a database of its own, quiet logs and the test token secret.
 */
export function testEnv(overrides: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    MONGODB_URI: process.env['MONGODB_URI'] || 'mongodb://127.0.0.1:27017',
    KAFKA_BROKERS: process.env['KAFKA_BROKERS'] || '127.0.0.1:9092',
    REDIS_URL: process.env['REDIS_URL'] || 'redis://127.0.0.1:6379',
    MONGODB_DATABASE: uniqueName('test').replace('-', '_'),
    JWT_SECRET: TEST_JWT_SECRET,
    LOG_LEVEL: 'silent',
    ...overrides,
  };
}
