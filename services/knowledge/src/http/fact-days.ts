import { addDays, type CalendarDay, dayOf } from '@okr/contracts';
import { ProblemException } from '@okr/service-kit';

/**
 * The day of a fact: the one the request gives (a fact recorded late keeps its day) or today. Refuses a day
 * after today (Dutch time), naming the field; one day of margin lets a client whose clock runs a little ahead
 * around midnight still be heard.
 */
export function factDay(field: string, given: string | undefined, today: CalendarDay): CalendarDay {
  const day = given ?? today;
  if (dayOf(day) > addDays(today, 1)) {
    throw new ProblemException(
      400,
      'REQUEST.VALIDATION_FAILED',
      'The request is invalid',
      `Invalid fields: ${field}`,
      {
        errors: [{ field, messages: [`${field} must not lie after today (${today})`] }],
      },
    );
  }
  return day;
}
