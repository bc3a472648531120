import { EARLIEST_PROGRAMME_DAY, LATEST_PROGRAMME_DAY, UTC_MOMENT_PATTERN } from '@okr/contracts';
import { dayOf, isCalendarDay, type CalendarDay } from '../domain/calendar-day.value-object';

// Records stored before days were checked at the door (or written by hand) may hold a day that is missing, does
// not exist (2023-02-30) or lies where the calendar cannot count from (9999-12-31). A view shows such a day as
// unknown (null) and names it, rather than failing, so one old record never breaks a list for everyone.

/** A stored day as a view shows it: the day, or null when it is not one the programme calendar counts. */
export function shownDay(value: unknown): CalendarDay | null {
  return typeof value === 'string' && isCalendarDay(value) && isWithinProgramme(value) ? value : null;
}

/** A stored moment (an ISO 8601 string or a Date) as a view shows it, in UTC; null when it is not one. */
export function shownMoment(value: unknown): string | null {
  const time = value instanceof Date ? value.getTime() : isUtcMoment(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(time)) return null;
  const moment = new Date(time);
  // The year first: the Dutch day of a moment thousands of years away is nothing the calendar need work out.
  const year = moment.getUTCFullYear();
  if (year < 1999 || year > 2100) return null;
  return isWithinProgramme(dayOf(moment)) ? moment.toISOString() : null;
}

/** An ISO 8601 UTC moment on a day that exists: Date.parse alone takes '2023-02-30T09:00:00Z' for 2 March. */
function isUtcMoment(value: unknown): value is string {
  if (typeof value !== 'string' || !UTC_MOMENT_PATTERN.test(value)) return false;
  const [day] = value.split('T');
  return isCalendarDay(day);
}

function isWithinProgramme(day: CalendarDay): boolean {
  return day >= EARLIEST_PROGRAMME_DAY && day <= LATEST_PROGRAMME_DAY;
}
