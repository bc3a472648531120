import { configKeys, loadConfig } from '@okr/service-kit';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ExpertSchoolsConfig } from './expert-schools.config';

const base = {
  MONGODB_URI: 'mongodb://127.0.0.1:27017',
  KAFKA_BROKERS: '127.0.0.1:9092',
  REDIS_URL: 'redis://127.0.0.1:6379',
  JWT_SECRET: 's'.repeat(32),
};

describe('expert-schools configuration', () => {
  it('takes yearly-results files of up to 20,000 rows by default', () => {
    expect(loadConfig(ExpertSchoolsConfig, base).RESULTS_IMPORT_MAX_ROWS).toBe(20_000);
  });

  it('refuses a row limit that is no whole number and names the key', () => {
    expect(() => loadConfig(ExpertSchoolsConfig, { ...base, RESULTS_IMPORT_MAX_ROWS: 'many' })).toThrow(
      'RESULTS_IMPORT_MAX_ROWS',
    );
  });

  it('has every key documented in .env.example', () => {
    const example = readFileSync(join(__dirname, '..', '..', '..', '..', '.env.example'), 'utf8');
    const documented = example.split('\n').map((line) => /^([A-Z_]+)=/.exec(line)?.[1]);

    expect(configKeys(ExpertSchoolsConfig).filter((key) => !documented.includes(key))).toEqual([]);
  });
});
