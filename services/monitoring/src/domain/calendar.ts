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

/** The day of a moment (in Dutch time) or a day: '2024-03-05T10:00:00Z' → '2024-03-05'. */
export function dayOf(momentOrDay: string): string {
  return programmeDayOf(momentOrDay);
}

/** The month of a moment (in Dutch time) or a day: '2024-03-05' → '2024-03'. */
export function monthOf(momentOrDay: string): string {
  return programmeMonthOf(momentOrDay);
}

/** The school year a day or moment falls in; 1 August starts a year: '2024-08-01' → '2024-2025'. */
export function schoolYearOf(momentOrDay: string): string {
  return programmeSchoolYearOf(momentOrDay);
}

/** Every month from `first` to `last`, both included, without gaps: ('2024-11', '2025-01') → three months. */
export function monthsFromTo(first: string, last: string): string[] {
  return programmeMonthsFromTo(first, last);
}

/** Whole days from one day (or moment's day, in Dutch time) to another; negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return programmeDaysBetween(from, to);
}
