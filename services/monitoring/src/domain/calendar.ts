// Dates as the monitoring state keeps them: days 'YYYY-MM-DD', months 'YYYY-MM', moments as ISO strings in UTC.
// All arithmetic is in UTC so a view does not depend on the server's time zone.

const DAY_MS = 86_400_000;

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

/** The day (UTC) of a moment or a day: '2024-03-05T10:00:00Z' → '2024-03-05'. */
export function dayOf(momentOrDay: string): string {
  return momentOrDay.slice(0, 10);
}

/** The month of a moment or a day: '2024-03-05' → '2024-03'. */
export function monthOf(momentOrDay: string): string {
  return momentOrDay.slice(0, 7);
}

/** The school year a day falls in; 1 August starts a year: '2024-08-01' → '2024-2025', '2024-07-31' → '2023-2024'. */
export function schoolYearOf(day: string): string {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  const start = month >= 8 ? year : year - 1;
  return `${start}-${start + 1}`;
}

/** Every month from `first` to `last`, both included, without gaps: ('2024-11', '2025-01') → three months. */
export function monthsFromTo(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = [Number(first.slice(0, 4)), Number(first.slice(5, 7))];
  for (let current = first; current <= last; current = monthText(year, month)) {
    months.push(current);
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
  return months;
}

/** Whole days from one day (or moment's day) to another; negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(dayOf(to)) - Date.parse(dayOf(from))) / DAY_MS);
}

function monthText(year: number, month: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}
