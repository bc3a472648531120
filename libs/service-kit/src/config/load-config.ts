import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, validateSync, type ValidationError } from 'class-validator';
import { descriptionOf } from './describe.decorator';

/** Raised at boot when a configuration variable is missing or malformed; the message names each one. */
export class ConfigValidationError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigValidationError';
  }
}

type ConfigClass<T> = new () => T;

/** Reads `env` into a typed, validated instance of `schema`; throws ConfigValidationError naming every bad key. */
export function loadConfig<T extends object>(
  schema: ConfigClass<T>,
  env: NodeJS.ProcessEnv = process.env,
): T {
  const keys = configKeys(schema);
  // Empty strings count as "not set", so `FOO=` in a .env file falls back to the default.
  const present = Object.fromEntries(
    keys.flatMap((key) => {
      const value = env[key];
      return value === undefined || value === '' ? [] : [[key, value]];
    }),
  );
  const config = plainToInstance(schema, present, { exposeDefaultValues: true });
  const errors = validateSync(config, { forbidUnknownValues: true });
  if (errors.length > 0) {
    throw new ConfigValidationError(errors.map((error) => describeProblem(schema, error, present)));
  }
  return config;
}

/** Every key a config class declares, in declaration order (used for boot errors and to check `.env.example`). */
export function configKeys(schema: ConfigClass<object>): string[] {
  const metadata = getMetadataStorage().getTargetValidationMetadatas(schema, '', true, false);
  return [...new Set(metadata.map((entry) => entry.propertyName))];
}

function describeProblem(
  schema: ConfigClass<object>,
  error: ValidationError,
  present: Record<string, string>,
): string {
  const key = error.property;
  const description = descriptionOf(schema.prototype as object, key);
  const what = description ? ` (${description})` : '';
  if (!(key in present)) {
    return `${key} is missing${what}`;
  }
  const reasons = Object.values(error.constraints ?? {}).join('; ');
  return `${key} is invalid: ${reasons}${what}`;
}
