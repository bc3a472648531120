import { type ArgumentMetadata, ValidationPipe, type ValidationError } from '@nestjs/common';
import type { Clock } from '../time/clock';
import { futureFactProblems } from './not-after-today';
import { type FieldProblem, ProblemException } from './problem';

/** Flattens class-validator's error tree into dotted field paths: `items.0.amount`. */
export function toFieldProblems(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, messages: Object.values(error.constraints) }] : [];
    return [...own, ...toFieldProblems(error.children ?? [], field)];
  });
}

/**
 * Rules for every value a client sends, whatever the DTO says: no string holds a NUL character (databases refuse
 * it), and in a body no field is null (a field is left out instead) and no number lies beyond ±2^53, where JSON
 * numbers stop being exact.
 */
export function rawInputProblems(value: unknown, inBody: boolean, path = ''): FieldProblem[] {
  const problem = (messages: string[]): FieldProblem[] => [{ field: path || '(body)', messages }];
  if (typeof value === 'string') {
    return value.includes('\u0000') ? problem([`${path || 'value'} must not contain a NUL character`]) : [];
  }
  if (inBody && value === null) {
    return problem([`${path || 'body'} must not be null; leave the field out instead`]);
  }
  if (inBody && typeof value === 'number' && !Number.isSafeInteger(Math.trunc(value))) {
    return problem([`${path || 'value'} is out of range (at most ${Number.MAX_SAFE_INTEGER} in size)`]);
  }
  if (typeof value !== 'object' || value === null) {
    return [];
  }
  return Object.entries(value).flatMap(([key, child]) => {
    const field = path ? `${path}.${key}` : key;
    const keyProblems = key.includes('\u0000')
      ? [
          {
            field: field.split('\u0000').join('\\u0000'),
            messages: ['a field name must not contain a NUL character'],
          },
        ]
      : [];
    return [...keyProblems, ...rawInputProblems(child, inBody, field)];
  });
}

function validationFailed(fields: FieldProblem[]): ProblemException {
  return new ProblemException(
    400,
    'REQUEST.VALIDATION_FAILED',
    'The request is invalid',
    `Invalid fields: ${fields.map((problem) => problem.field).join(', ')}`,
    { errors: fields },
  );
}

/**
 * The platform's validation pipe: refuses raw input breaking the global rules before the DTO's own checks, and
 * facts dated after today (fields marked `@NotAfterToday()`) after them.
 */
class PlatformValidationPipe extends ValidationPipe {
  constructor(
    private readonly clock: Clock | undefined,
    options: ConstructorParameters<typeof ValidationPipe>[0],
  ) {
    super(options);
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type !== 'custom') {
      const problems = rawInputProblems(value, metadata.type === 'body', metadata.data ?? '');
      if (problems.length > 0) {
        throw validationFailed(problems);
      }
    }
    const validated: unknown = await super.transform(value, metadata);
    if (this.clock && metadata.type !== 'custom') {
      const problems = futureFactProblems(validated, this.clock.now());
      if (problems.length > 0) {
        throw validationFailed(problems);
      }
    }
    return validated;
  }
}

/**
 * The one validation pipe of the platform: unknown fields are refused, failures name every field. With the
 * service's `clock`, a fact dated after its today is refused too.
 */
export function createValidationPipe(clock?: Clock): ValidationPipe {
  return new PlatformValidationPipe(clock, {
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => validationFailed(toFieldProblems(errors)),
  });
}
