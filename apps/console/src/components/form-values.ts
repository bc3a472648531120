// Reads typed request fields from a form's values. Empty inputs are left out, so the service's own defaults and
// messages apply ("brin must be …") rather than a check duplicated here.

export type FormValues = Map<string, string>;

export function optionalText(values: FormValues, name: string): string | undefined {
  const value = values.get(name)?.trim();
  return value ? value : undefined;
}

/** A required text: sent even when empty, so the service names the field in its problem details. */
export function requiredText(values: FormValues, name: string): string {
  return values.get(name)?.trim() ?? '';
}

/** A number as typed; NaN (sent as null in JSON) when it is none, which the service refuses for the field. */
export function optionalNumber(values: FormValues, name: string): number | undefined {
  const value = optionalText(values, name);
  return value === undefined ? undefined : Number(value);
}

export function checked(values: FormValues, name: string): boolean {
  return values.has(name);
}

/** A choice among fixed options (a select's value); throws on a value the form never offers. */
export function choiceOf<T extends string>(values: FormValues, name: string, options: readonly T[]): T {
  const value = values.get(name);
  const match = options.find((option) => option === value);
  if (match === undefined) throw new Error(`${name}: "${value}" is not one of ${options.join(', ')}`);
  return match;
}

/** A day (YYYY-MM-DD) typed into a date input, as an ISO moment at noon UTC; undefined when empty. */
export function momentOfDay(values: FormValues, name: string): string | undefined {
  const day = optionalText(values, name);
  return day === undefined ? undefined : `${day}T12:00:00.000Z`;
}
