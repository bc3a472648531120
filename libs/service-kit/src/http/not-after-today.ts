import { CALENDAR_DATE_PATTERN, dayOf } from '@okr/contracts';
import type { FieldProblem } from './problem';

const NOT_AFTER_TODAY = Symbol('okr:not-after-today');

// A moment a client stamps may run ahead of the server's clock by this much and still be heard.
const CLOCK_SKEW_MS = 5 * 60_000;

/**
 * The field dates a fact that has happened (a day or a moment): one after the programme's today (Dutch time) is
 * refused with 400 naming the field. Checked by the platform's validation pipe after the field's own validators,
 * because only the pipe knows the service's clock. Not for days that plan ahead (a round's closing day).
 */
export function NotAfterToday(): PropertyDecorator {
  return (target, property) => {
    const fields = (Reflect.getMetadata(NOT_AFTER_TODAY, target) as (string | symbol)[] | undefined) ?? [];
    Reflect.defineMetadata(NOT_AFTER_TODAY, [...fields, property], target);
  };
}

/** The fields of a validated request object (and of the objects it holds) that date a fact after today. */
export function futureFactProblems(value: unknown, now: Date, path = ''): FieldProblem[] {
  if (Array.isArray(value)) {
    return value.flatMap((item, index) =>
      futureFactProblems(item, now, path ? `${path}.${index}` : `${index}`),
    );
  }
  if (typeof value !== 'object' || value === null || value instanceof Date) return [];
  const marked = new Set(
    (Reflect.getMetadata(NOT_AFTER_TODAY, value) as (string | symbol)[] | undefined) ?? [],
  );
  return Object.entries(value).flatMap(([key, child]): FieldProblem[] => {
    const field = path ? `${path}.${key}` : key;
    if (!marked.has(key)) return futureFactProblems(child, now, field);
    return liesAhead(child, now)
      ? [
          {
            field,
            messages: [`${field} must not lie after today (${dayOf(now)}): it dates what has happened`],
          },
        ]
      : [];
  });
}

/**
 * A day lies ahead when it is after today in Dutch time; a moment when it is later than now, give or take the
 * skew. Anything else is no date: the field's own validators have said so already.
 */
function liesAhead(value: unknown, now: Date): boolean {
  if (typeof value === 'string' && CALENDAR_DATE_PATTERN.test(value)) return value > dayOf(now);
  const ms = value instanceof Date ? value.getTime() : typeof value === 'string' ? Date.parse(value) : NaN;
  return !Number.isNaN(ms) && ms > now.getTime() + CLOCK_SKEW_MS;
}
