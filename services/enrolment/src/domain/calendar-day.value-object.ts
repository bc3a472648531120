import { isCalendarDate } from '@okr/contracts';

/** A day as the programme office counts it, 'YYYY-MM-DD'. */
export type CalendarDay = string;

/**
 * The office works in Dutch time: an inquiry that arrives at 00:30 on a Tuesday in Amsterdam (23:30 UTC on the
 * Monday) was received on the Tuesday, and deadlines are counted from that day.
 */
export const PROGRAMME_TIME_ZONE = 'Europe/Amsterdam';

const MS_PER_DAY = 86_400_000;

/** Whether `value` is a day that exists, written YYYY-MM-DD. */
export function isCalendarDay(value: string): boolean {
  return isCalendarDate(value);
}

/** Whether `moment` is a real moment (not an Invalid Date). */
export function isMoment(moment: unknown): moment is Date {
  return moment instanceof Date && !Number.isNaN(moment.getTime());
}

/** The day `moment` falls on in the programme's time zone. */
export function dayOf(moment: Date, timeZone: string = PROGRAMME_TIME_ZONE): CalendarDay {
  // Days change on whole minutes in every time zone in use, so within a minute the answer is the same;
  // asked for "today" on every request, formatting it once a minute saves the formatter's cost.
  const minute = Math.floor(moment.getTime() / 60_000);
  const known = lastDayOf.get(timeZone);
  if (known?.minute === minute) return known.day;
  const day = formattedDayOf(moment, timeZone);
  lastDayOf.set(timeZone, { minute, day });
  return day;
}

const lastDayOf = new Map<string, { minute: number; day: CalendarDay }>();

function formattedDayOf(moment: Date, timeZone: string): CalendarDay {
  const parts = dayFormatOf(timeZone).formatToParts(moment);
  const part = (type: Intl.DateTimeFormatPartTypes): string =>
    parts.find((candidate) => candidate.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

// Building a DateTimeFormat loads time-zone data and costs far more than formatting with it: keep one per zone.
const dayFormats = new Map<string, Intl.DateTimeFormat>();

function dayFormatOf(timeZone: string): Intl.DateTimeFormat {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dayFormats.set(timeZone, format);
  }
  return format;
}

/** The day `count` days after `day` (before it when negative). */
export function addDays(day: CalendarDay, count: number): CalendarDay {
  return fromUtcMidnight(toUtcMidnight(day) + count * MS_PER_DAY);
}

/** How many days `to` is after `from` (negative when before). */
export function daysBetween(from: CalendarDay, to: CalendarDay): number {
  return Math.round((toUtcMidnight(to) - toUtcMidnight(from)) / MS_PER_DAY);
}

/**
 * The same day of the month `count` months later; a day the target month lacks becomes its last day
 * (31 January + 1 month = 28 or 29 February, 29 February + 12 months = 28 February).
 */
export function addMonths(day: CalendarDay, count: number): CalendarDay {
  const [year, month, dayOfMonth] = partsOf(day);
  const target = new Date(0);
  target.setUTCFullYear(year, month - 1 + count, 1);
  const lastDay = new Date(0);
  lastDay.setUTCFullYear(target.getUTCFullYear(), target.getUTCMonth() + 1, 0);
  target.setUTCDate(Math.min(dayOfMonth, lastDay.getUTCDate()));
  return fromUtcMidnight(target.getTime());
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: CalendarDay): number {
  return new Date(toUtcMidnight(day)).getUTCDay();
}

/** The later of two days. */
export function laterOf(first: CalendarDay, second: CalendarDay): CalendarDay {
  return first >= second ? first : second;
}

function partsOf(day: CalendarDay): [number, number, number] {
  return day.split('-').map(Number) as [number, number, number];
}

function toUtcMidnight(day: CalendarDay): number {
  const [year, month, dayOfMonth] = partsOf(day);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, dayOfMonth);
  return date.getTime();
}

function fromUtcMidnight(ms: number): CalendarDay {
  return new Date(ms).toISOString().slice(0, 10);
}
