import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IsString } from 'class-validator';
import { ConfigValidationError, configKeys, loadConfig } from './load-config';
import { Describe } from './describe.decorator';
import { ServiceKitConfig } from './service-kit.config';

const complete = {
  MONGODB_URI: 'mongodb://127.0.0.1:27017',
  KAFKA_BROKERS: '127.0.0.1:9092,127.0.0.1:9093',
  REDIS_URL: 'redis://127.0.0.1:6379',
  JWT_SECRET: 's'.repeat(32),
};

function problemsOf(env: NodeJS.ProcessEnv): readonly string[] {
  try {
    loadConfig(ServiceKitConfig, env);
  } catch (error) {
    if (error instanceof ConfigValidationError) return error.problems;
    throw error;
  }
  return [];
}

describe('loadConfig', () => {
  it('reads a complete environment into typed values with defaults filled in', () => {
    const config = loadConfig(ServiceKitConfig, { ...complete, PORT: '3001' });

    expect(config.PORT).toBe(3001);
    expect(config.KAFKA_BROKERS).toBe('127.0.0.1:9092,127.0.0.1:9093');
    expect(config.LOG_LEVEL).toBe('info');
    expect(config.SHUTDOWN_TIMEOUT_MS).toBe(10_000);
  });

  it('names every missing variable with what it is for', () => {
    const problems = problemsOf({ JWT_SECRET: complete.JWT_SECRET });

    expect(problems).toEqual([
      expect.stringMatching(/^MONGODB_URI is missing \(MongoDB connection string/),
      expect.stringMatching(/^KAFKA_BROKERS is missing/),
      expect.stringMatching(/^REDIS_URL is missing/),
    ]);
  });

  it('names a malformed variable and why it is wrong', () => {
    expect(problemsOf({ ...complete, PORT: 'eighty' })).toEqual([
      expect.stringMatching(/^PORT is invalid: /),
    ]);
    expect(problemsOf({ ...complete, REDIS_URL: 'localhost:6379' })).toEqual([
      expect.stringContaining('REDIS_URL is invalid: must be a redis:// or rediss:// URL'),
    ]);
  });

  it('treats an empty value as unset', () => {
    expect(problemsOf({ ...complete, MONGODB_URI: '' })).toEqual([
      expect.stringMatching(/^MONGODB_URI is missing/),
    ]);
  });

  it('needs either a token secret or a JWKS URL, and accepts a JWKS URL alone', () => {
    expect(problemsOf({ ...complete, JWT_SECRET: undefined })).toEqual([
      expect.stringMatching(/^JWT_SECRET is missing .*set this or JWT_JWKS_URL/),
    ]);
    expect(
      problemsOf({ ...complete, JWT_SECRET: undefined, JWT_JWKS_URL: 'https://idp.example/jwks' }),
    ).toEqual([]);
  });

  it('refuses a token secret too short for HS256', () => {
    expect(problemsOf({ ...complete, JWT_SECRET: 'short' })).toEqual([
      expect.stringMatching(/^JWT_SECRET is invalid/),
    ]);
  });

  it('validates the keys a service adds in its own config class', () => {
    class EnrolmentLikeConfig extends ServiceKitConfig {
      @Describe('a key of the service itself')
      @IsString()
      ROUND_TIMEZONE!: string;
    }

    expect(configKeys(EnrolmentLikeConfig)).toContain('ROUND_TIMEZONE');
    expect(() => loadConfig(EnrolmentLikeConfig, complete)).toThrow(
      'ROUND_TIMEZONE is missing (a key of the service itself)',
    );
  });

  it('has every key documented in .env.example', () => {
    const example = readFileSync(join(__dirname, '..', '..', '..', '..', '.env.example'), 'utf8');
    const documented = example.split('\n').map((line) => /^([A-Z_]+)=/.exec(line)?.[1]);

    expect(configKeys(ServiceKitConfig).filter((key) => !documented.includes(key))).toEqual([]);
  });
});
