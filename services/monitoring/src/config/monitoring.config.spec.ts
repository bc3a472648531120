import { deadLetterTopicOf, TOPICS } from '@okr/contracts';
import { configKeys, loadConfig } from '@okr/service-kit';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MonitoringConfig } from './monitoring.config';

const base = {
  MONGODB_URI: 'mongodb://127.0.0.1:27017',
  KAFKA_BROKERS: '127.0.0.1:9092',
  REDIS_URL: 'redis://127.0.0.1:6379',
  JWT_SECRET: 's'.repeat(32),
};

describe('monitoring configuration', () => {
  it('reads every platform topic, publishes views every 100 ms and checkpoints every 5 s by default', () => {
    const config = loadConfig(MonitoringConfig, base);

    expect(config).toMatchObject({
      MONITORING_VIEW_FLUSH_MS: 100,
      MONITORING_CHECKPOINT_INTERVAL_MS: 5_000,
    });
    const pattern = new RegExp(config.MONITORING_TOPIC_PATTERN);
    expect(
      ['okr.enrolment.v1', 'okr.expert-schools.v1', 'okr.labs.v2'].every((topic) => pattern.test(topic)),
    ).toBe(true);
    expect(pattern.test(deadLetterTopicOf(TOPICS.enrolment))).toBe(false);
  });

  it('reads no test or benchmark topic with the default pattern of the configuration and of .env.example', () => {
    const example = readFileSync(join(__dirname, '..', '..', '..', '..', '.env.example'), 'utf8');
    const documented = /^MONITORING_TOPIC_PATTERN=(.*)$/m.exec(example)?.[1];
    const defaults = [loadConfig(MonitoringConfig, base).MONITORING_TOPIC_PATTERN, documented ?? ''];

    for (const pattern of defaults.map((source) => new RegExp(source))) {
      expect(pattern.test('okr.knowledge.v1')).toBe(true);
      expect(pattern.test('test.mt-1a2b3c4d-main.v1')).toBe(false);
      expect(pattern.test('test.bench-many-1a2b3c4d-t042.v1')).toBe(false);
    }
    expect(documented).toBe(defaults[0]);
  });

  it('refuses a Redis prefix with spaces and names the key', () => {
    expect(() =>
      loadConfig(MonitoringConfig, { ...base, MONITORING_REDIS_PREFIX: 'okr monitoring' }),
    ).toThrow('MONITORING_REDIS_PREFIX');
  });

  it('has every key documented in .env.example', () => {
    const example = readFileSync(join(__dirname, '..', '..', '..', '..', '.env.example'), 'utf8');
    const documented = example.split('\n').map((line) => /^([A-Z_]+)=/.exec(line)?.[1]);

    expect(configKeys(MonitoringConfig).filter((key) => !documented.includes(key))).toEqual([]);
  });
});
