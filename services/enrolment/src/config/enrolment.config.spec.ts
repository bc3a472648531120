import { configKeys, loadConfig } from '@okr/service-kit';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EnrolmentConfig } from './enrolment.config';

const base = {
  MONGODB_URI: 'mongodb://127.0.0.1:27017',
  KAFKA_BROKERS: '127.0.0.1:9092',
  REDIS_URL: 'redis://127.0.0.1:6379',
  JWT_SECRET: 's'.repeat(32),
};

describe('enrolment configuration', () => {
  it('defaults to a 5-working-day norm, 150 pupils for a small school and 24 h idempotency', () => {
    const config = loadConfig(EnrolmentConfig, base);

    expect(config).toMatchObject({
      FIRST_RESPONSE_WORKING_DAYS: 5,
      SMALL_SCHOOL_PUPIL_THRESHOLD: 150,
      IDEMPOTENCY_TTL_SECONDS: 86_400,
      FIRST_RESPONSE_HOLIDAYS: '',
    });
  });

  it('refuses holidays that are not days and names the key', () => {
    expect(() =>
      loadConfig(EnrolmentConfig, { ...base, FIRST_RESPONSE_HOLIDAYS: '2025-12-25,Kerstmis' }),
    ).toThrow('FIRST_RESPONSE_HOLIDAYS');
  });

  it('has every key documented in .env.example', () => {
    const example = readFileSync(join(__dirname, '..', '..', '..', '..', '.env.example'), 'utf8');
    const documented = example.split('\n').map((line) => /^([A-Z_]+)=/.exec(line)?.[1]);

    expect(configKeys(EnrolmentConfig).filter((key) => !documented.includes(key))).toEqual([]);
  });
});
