import { CALENDAR_DATE_PATTERN } from './time.value-object';

// The programme's calendar, the one every service and every read model counts in: days in Dutch time, school
// years from 1 August, calendar quarters and months. An event at 23:30 UTC on 31 July happened on 1 August in
// the Netherlands, so it belongs to the next school year; slicing the UTC date would put it in the one before.

/** The programme office works in Dutch time; a day starts at midnight in Amsterdam. */
export const PROGRAMME_TIME_ZONE = 'Europe/Amsterdam';

/** A day as the programme counts it, 'YYYY-MM-DD'. */
export type CalendarDay = string;

/** A month, 'YYYY-MM'. */
export type CalendarMonth = string;

/** A calendar quarter, 'YYYY-Qn', e.g. '2025-Q1' for January to March 2025. */
export type CalendarQuarter = string;

/** A school year of two consecutive years, 'YYYY-YYYY', e.g. '2024-2025'; it starts on 1 August. */
export type SchoolYear = string;

/** The month (1 = January) a school year starts in. */
export const SCHOOL_YEAR_FIRST_MONTH = 8;

const MS_PER_HOUR = 3_600_000;
const MS_PER_DAY = 86_400_000;

/** Whether `moment` is a real moment (not an Invalid Date). */
export function isMoment(moment: unknown): moment is Date {
  return moment instanceof Date && !Number.isNaN(moment.getTime());
}

/**
 * The day a moment falls on in Dutch time: `2025-01-06T23:30:00Z` → '2025-01-07'. A moment may be a Date or an
 * ISO 8601 string; a day ('YYYY-MM-DD') is its own day. Throws a RangeError for anything else.
 */
export function dayOf(momentOrDay: Date | string): CalendarDay {
  if (typeof momentOrDay === 'string' && CALENDAR_DATE_PATTERN.test(momentOrDay)) return momentOrDay;
  const ms = typeof momentOrDay === 'string' ? Date.parse(momentOrDay) : momentOrDay.getTime();
  if (Number.isNaN(ms)) throw new RangeError(`Not a moment or a day: ${String(momentOrDay)}`);
  return utcDayOf(ms + amsterdamOffsetAt(ms));
}

/** The month of a day or moment (in Dutch time): '2025-03-31T22:30:00Z' → '2025-04'. */
export function monthOf(momentOrDay: Date | string): CalendarMonth {
  return dayOf(momentOrDay).slice(0, 7);
}

/** The calendar quarter of a day or moment (in Dutch time): '2025-03-31T22:30:00Z' → '2025-Q2'. */
export function quarterOf(momentOrDay: Date | string): CalendarQuarter {
  const [year, month] = partsOf(dayOf(momentOrDay));
  return `${pad(year, 4)}-Q${Math.ceil(month / 3)}`;
}

/**
 * The school year of a day or moment (in Dutch time); 1 August starts a year: '2024-08-01' → '2024-2025',
 * '2024-07-31' → '2023-2024', '2024-07-31T22:30:00Z' (00:30 on 1 August in Amsterdam) → '2024-2025'.
 */
export function schoolYearOf(momentOrDay: Date | string): SchoolYear {
  const [year, month] = partsOf(dayOf(momentOrDay));
  const start = month >= SCHOOL_YEAR_FIRST_MONTH ? year : year - 1;
  return `${pad(start, 4)}-${pad(start + 1, 4)}`;
}

/** The first and last day of a school year: '2024-2025' → { from: '2024-08-01', to: '2025-07-31' }. */
export function daysOfSchoolYear(schoolYear: SchoolYear): { from: CalendarDay; to: CalendarDay } {
  const start = Number(schoolYear.slice(0, 4));
  const from = `${pad(start, 4)}-${pad(SCHOOL_YEAR_FIRST_MONTH, 2)}-01`;
  return { from, to: addDays(addMonths(from, 12), -1) };
}

/** The day `count` days after `day` (before it when negative). */
export function addDays(day: CalendarDay, count: number): CalendarDay {
  return utcDayOf(utcMidnightOf(day) + count * MS_PER_DAY);
}

/** Whole days from one day (or moment's day, in Dutch time) to another; negative when `to` is earlier. */
export function daysBetween(from: Date | string, to: Date | string): number {
  return Math.round((utcMidnightOf(dayOf(to)) - utcMidnightOf(dayOf(from))) / MS_PER_DAY);
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
  return utcDayOf(target.getTime());
}

/** The weekday of a day: 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: CalendarDay): number {
  return new Date(utcMidnightOf(day)).getUTCDay();
}

/** The later of two days. */
export function laterOf(first: CalendarDay, second: CalendarDay): CalendarDay {
  return first >= second ? first : second;
}

/** Every month from `first` to `last`, both included, without gaps: ('2024-11', '2025-01') → three months. */
export function monthsFromTo(first: CalendarMonth, last: CalendarMonth): CalendarMonth[] {
  const months: CalendarMonth[] = [];
  let [year, month] = [Number(first.slice(0, 4)), Number(first.slice(5, 7))];
  for (let current = first; current <= last; current = `${pad(year, 4)}-${pad(month, 2)}`) {
    months.push(current);
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
  return months;
}

function partsOf(day: CalendarDay): [number, number, number] {
  return day.split('-').map(Number) as [number, number, number];
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function utcMidnightOf(day: CalendarDay): number {
  const [year, month, dayOfMonth] = partsOf(day);
  // setUTCFullYear, unlike Date.UTC, does not map years 0-99 to 1900-1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, dayOfMonth);
  return date.getTime();
}

function utcDayOf(ms: number): CalendarDay {
  return new Date(ms).toISOString().slice(0, 10);
}

// Dutch time changes only on whole UTC hours (01:00 UTC, on the last Sundays of March and October), so the
// offset found for the start of a UTC hour holds for the whole hour. Formatting costs microseconds and
// monitoring asks for the day of every event it reads; once per hour seen is enough.
const offsetByHour = new Map<number, number>();
const MAX_REMEMBERED_HOURS = 100_000;

// Building a DateTimeFormat loads time-zone data and costs far more than formatting with it: build it once.
let amsterdamFormat: Intl.DateTimeFormat | undefined;

function amsterdamOffsetAt(ms: number): number {
  const hour = Math.floor(ms / MS_PER_HOUR);
  let offset = offsetByHour.get(hour);
  if (offset === undefined) {
    offset = measuredOffsetAt(hour * MS_PER_HOUR);
    if (offsetByHour.size >= MAX_REMEMBERED_HOURS) offsetByHour.clear();
    offsetByHour.set(hour, offset);
  }
  return offset;
}

/** How far Dutch wall-clock time is ahead of UTC at `ms`, in milliseconds. */
function measuredOffsetAt(ms: number): number {
  amsterdamFormat ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: PROGRAMME_TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  const parts = amsterdamFormat.formatToParts(new Date(ms));
  const part = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((candidate) => candidate.type === type)?.value ?? 0);
  const wallClock = new Date(0);
  wallClock.setUTCFullYear(part('year'), part('month') - 1, part('day'));
  wallClock.setUTCHours(part('hour'), part('minute'), part('second'), 0);
  return wallClock.getTime() - ms;
}
