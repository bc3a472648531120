// Reads typed request fields from a form's values. Empty optional inputs are left out, so the service's own defaults
// and messages apply ("brin must be …") rather than a check duplicated here. Only what cannot be sent in the
// request's type at all (a number that is none) is refused here, as a problem on that field.
import { ProblemError } from '../api/problem';

export type FormValues = Map<string, string>;

export function optionalText(values: FormValues, name: string): string | undefined {
  const value = values.get(name)?.trim();
  return value ? value : undefined;
}

/** A required text: sent even when empty, so the service names the field in its problem details. */
export function requiredText(values: FormValues, name: string): string {
  return values.get(name)?.trim() ?? '';
}

/** A problem on one field, shown next to its input as the service's own field problems are. */
export function fieldProblem(field: string, message: string): ProblemError {
  return new ProblemError({
    type: 'about:blank',
    title: 'Controleer het formulier',
    status: 400,
    code: 'CONSOLE.INVALID_INPUT',
    errors: [{ field, messages: [message] }],
  });
}

/** A number as typed; undefined when the input is empty; a field problem when it is no number. */
export function optionalNumber(values: FormValues, name: string): number | undefined {
  const value = optionalText(values, name);
  if (value === undefined) return undefined;
  const number = Number(value);
  if (Number.isNaN(number)) throw fieldProblem(name, 'Vul een getal in.');
  return number;
}

export function requiredNumber(values: FormValues, name: string): number {
  const number = optionalNumber(values, name);
  if (number === undefined) throw fieldProblem(name, 'Vul een getal in.');
  return number;
}

export function checked(values: FormValues, name: string): boolean {
  return values.has(name);
}

/** A choice among fixed options (a select's value); a field problem when none is chosen. */
export function choiceOf<T extends string>(values: FormValues, name: string, options: readonly T[]): T {
  const match = options.find((option) => option === values.get(name));
  if (match === undefined) throw fieldProblem(name, 'Maak een keuze.');
  return match;
}

/** A moment typed into a datetime-local input (the user's own time zone), as ISO 8601 UTC; a field problem if none. */
export function requiredMoment(values: FormValues, name: string): string {
  const moment = new Date(optionalText(values, name) ?? '');
  if (Number.isNaN(moment.getTime())) throw fieldProblem(name, 'Vul een datum en tijd in.');
  return moment.toISOString();
}
