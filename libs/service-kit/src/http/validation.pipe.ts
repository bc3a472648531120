import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { type FieldProblem, ProblemException } from './problem';

/** Flattens class-validator's error tree into dotted field paths: `items.0.amount`. */
export function toFieldProblems(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, messages: Object.values(error.constraints) }] : [];
    return [...own, ...toFieldProblems(error.children ?? [], field)];
  });
}

/** The one validation pipe of the platform: unknown fields are refused, failures name every field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => {
      const fields = toFieldProblems(errors);
      return new ProblemException(
        400,
        'REQUEST.VALIDATION_FAILED',
        'The request is invalid',
        `Invalid fields: ${fields.map((problem) => problem.field).join(', ')}`,
        { errors: fields },
      );
    },
  });
}
