import { configKeys, loadConfig } from '@okr/service-kit';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KnowledgeConfig } from './knowledge.config';

const base = {
  MONGODB_URI: 'mongodb://127.0.0.1:27017',
  KAFKA_BROKERS: '127.0.0.1:9092',
  REDIS_URL: 'redis://127.0.0.1:6379',
  JWT_SECRET: 's'.repeat(32),
};

describe('knowledge configuration', () => {
  it('defaults to a 15-working-day Kennisrotonde norm and assessments that hold 5 years', () => {
    expect(loadConfig(KnowledgeConfig, base)).toMatchObject({
      KENNISROTONDE_NORM_WORKING_DAYS: 15,
      KENNISROTONDE_HOLIDAYS: '',
      ASSESSMENT_VALID_YEARS: 5,
    });
  });

  it('refuses holidays that are not days and a norm of no days, naming the keys', () => {
    expect(() => loadConfig(KnowledgeConfig, { ...base, KENNISROTONDE_HOLIDAYS: 'Kerstmis' })).toThrow(
      'KENNISROTONDE_HOLIDAYS',
    );
    expect(() => loadConfig(KnowledgeConfig, { ...base, KENNISROTONDE_NORM_WORKING_DAYS: '0' })).toThrow(
      'KENNISROTONDE_NORM_WORKING_DAYS',
    );
  });

  it('has every key documented in .env.example', () => {
    const example = readFileSync(join(__dirname, '..', '..', '..', '..', '.env.example'), 'utf8');
    const documented = example.split('\n').map((line) => /^([A-Z_]+)=/.exec(line)?.[1]);

    expect(configKeys(KnowledgeConfig).filter((key) => !documented.includes(key))).toEqual([]);
  });
});
