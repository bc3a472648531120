import { configKeys, loadConfig } from '@okr/service-kit';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MessagingConfig } from './messaging.config';

const base = {
  MONGODB_URI: 'mongodb://127.0.0.1:27017',
  KAFKA_BROKERS: '127.0.0.1:9092',
  REDIS_URL: 'redis://127.0.0.1:6379',
  JWT_SECRET: 's'.repeat(32),
};

describe('messaging configuration', () => {
  it('defaults to 3 partitions, 5 attempts and a 10 s relay lease', () => {
    const config = loadConfig(MessagingConfig, base);

    expect(config).toMatchObject({
      KAFKA_TOPIC_PARTITIONS: 3,
      CONSUMER_MAX_ATTEMPTS: 5,
      RELAY_LEASE_MS: 10_000,
    });
  });

  it('refuses zero partitions and names the key', () => {
    expect(() => loadConfig(MessagingConfig, { ...base, KAFKA_TOPIC_PARTITIONS: '0' })).toThrow(
      'KAFKA_TOPIC_PARTITIONS is invalid',
    );
  });

  it('has every key documented in .env.example', () => {
    const example = readFileSync(join(__dirname, '..', '..', '..', '..', '.env.example'), 'utf8');
    const documented = example.split('\n').map((line) => /^([A-Z_]+)=/.exec(line)?.[1]);

    expect(configKeys(MessagingConfig).filter((key) => !documented.includes(key))).toEqual([]);
  });
});
