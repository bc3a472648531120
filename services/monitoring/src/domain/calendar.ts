import {
  dayOf as programmeDayOf,
  daysBetween as programmeDaysBetween,
  monthOf as programmeMonthOf,
  monthsFromTo as programmeMonthsFromTo,
  schoolYearOf as programmeSchoolYearOf,
} from '@okr/contracts';

// Dates as the monitoring state keeps them: days 'YYYY-MM-DD', months 'YYYY-MM', moments as ISO strings in UTC.
// Days, months and school years are the programme calendar's (libs/contracts): a moment falls on its day in
// Dutch time, so an event at 23:30 UTC on 31 July counts in the school year that starts on 1 August.

/** A moment as an ISO string with milliseconds in UTC, so moments of any precision compare as text. */
export function normalisedMoment(moment: string): string {
  return new Date(moment).toISOString();
}

/**
 * An event's position for "latest wins" and tie-breaks: its moment, then its eventId. Two different events
 * at the same moment still compare the same way whatever order they arrive in.
 */
export function stampOf(event: { occurredAt: string; eventId: string }): string {
  return `${normalisedMoment(event.occurredAt)}|${event.eventId}`;
}

// The live views date every record of a school again each time one of them changes: hundreds of times a second
// for the same few thousand days and moments. Parsing and formatting them costs microseconds each, a third of a
// flush; answers are remembered per text, and forgotten all at once when too many are.
const REMEMBERED = 100_000;
const daysOfText = new Map<string, string>();
const schoolYearsOfDay = new Map<string, string>();
const ordinalsOfDay = new Map<string, number>();
const FIRST_DAY = '1970-01-01';

function remembered<T>(cache: Map<string, T>, key: string, compute: (key: string) => T): T {
  const known = cache.get(key);
  if (known !== undefined) return known;
  const value = compute(key);
  if (cache.size >= REMEMBERED) cache.clear();
  cache.set(key, value);
  return value;
}

/** The day of a moment (in Dutch time) or a day: '2024-03-05T10:00:00Z' → '2024-03-05'. */
export function dayOf(momentOrDay: string): string {
  return remembered(daysOfText, momentOrDay, programmeDayOf);
}

/** The month of a moment (in Dutch time) or a day: '2024-03-05' → '2024-03'. */
export function monthOf(momentOrDay: string): string {
  return programmeMonthOf(momentOrDay);
}

/** The school year a day or moment falls in; 1 August starts a year: '2024-08-01' → '2024-2025'. */
export function schoolYearOf(momentOrDay: string): string {
  return remembered(schoolYearsOfDay, dayOf(momentOrDay), programmeSchoolYearOf);
}

/** Every month from `first` to `last`, both included, without gaps: ('2024-11', '2025-01') → three months. */
export function monthsFromTo(first: string, last: string): string[] {
  return programmeMonthsFromTo(first, last);
}

/** Whole days from one day (or moment's day, in Dutch time) to another; negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return ordinalOf(dayOf(to)) - ordinalOf(dayOf(from));
}

/** Days since 1 January 1970 (negative before it): days apart are the difference of their ordinals. */
function ordinalOf(day: string): number {
  return remembered(ordinalsOfDay, day, (of) => programmeDaysBetween(FIRST_DAY, of));
}
