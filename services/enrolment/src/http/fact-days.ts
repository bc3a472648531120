import { ProblemException } from '@okr/service-kit';
import { addDays, type CalendarDay, dayOf } from '../domain/calendar-day.value-object';

/**
 * Refuses a fact dated after today (the programme's today, Dutch time), naming every field that is; one day of
 * margin lets a client whose clock runs a little ahead, around midnight, still be heard.
 */
export function refuseFutureFacts(
  today: CalendarDay,
  facts: Readonly<Record<string, string | Date | undefined>>,
): void {
  const latest = addDays(today, 1);
  const errors = Object.entries(facts)
    .filter((entry): entry is [string, string | Date] => entry[1] !== undefined && dayOf(entry[1]) > latest)
    .map(([field]) => ({ field, messages: [`${field} must not lie after today (${today})`] }));
  if (errors.length > 0) {
    throw new ProblemException(
      400,
      'REQUEST.VALIDATION_FAILED',
      'The request is invalid',
      `Invalid fields: ${errors.map(({ field }) => field).join(', ')}`,
      { errors },
    );
  }
}
