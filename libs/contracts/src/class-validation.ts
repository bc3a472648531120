import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import { memoiseValidationMetadata } from './validation-metadata-memo';

// Every event and request is validated through class-validator; its rules are looked up once per class.
memoiseValidationMetadata();

/** One field that failed validation; nested fields are dotted, e.g. 'equalAccess.weakPerforming'. */
export interface FieldProblem {
  field: string;
  messages: string[];
}

/**
 * Turns a plain object into an instance of `schema` and validates it. Unknown fields are kept and allowed:
 * within a version changes are additive, so a consumer must accept fields added after it was built.
 * Throws only when class-transformer cannot map the input (e.g. a field named `constructor`).
 */
export function validatePlain<T extends object>(
  schema: new () => T,
  plain: object,
): { instance: T; problems: FieldProblem[] } {
  const instance = plainToInstance(schema, plain);
  return { instance, problems: validateInstance(instance) };
}

/** Validates an instance of a class-validator class, allowing and keeping unknown fields. */
export function validateInstance(instance: object): FieldProblem[] {
  const errors = validateSync(instance, {
    whitelist: false,
    forbidUnknownValues: true,
    validationError: { target: false, value: false },
  });
  return fieldProblemsOf(errors);
}

/** Flattens class-validator's error tree into one entry per failing field, with dotted paths. */
export function fieldProblemsOf(errors: readonly ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    // An error on the validated object itself (e.g. forbidUnknownValues) has an empty property.
    const field = [prefix, error.property].filter((part) => part !== '' && part !== undefined).join('.');
    const own: FieldProblem[] = error.constraints
      ? [{ field: field || '(object)', messages: Object.values(error.constraints) }]
      : [];
    return [...own, ...fieldProblemsOf(error.children ?? [], field)];
  });
}

/** A short list of the failing field names, for a one-line detail. */
export function fieldNamesOf(problems: readonly FieldProblem[]): string {
  return problems.map((problem) => problem.field).join(', ');
}

/** The message of anything thrown. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** JSON's name for the kind of value `value` is ('array', 'null', 'number', ...). */
export function jsonKindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}
