import { IsISO8601, Matches, ValidateBy } from 'class-validator';

/** A day, ISO 8601 without time or zone, e.g. '2025-03-01'. */
export const CALENDAR_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** A moment, ISO 8601 in UTC (ends in Z), e.g. '2025-03-01T09:30:00Z' or '2025-03-01T09:30:00.250Z'. */
export const UTC_MOMENT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/;

/** Whether `value` is a day that exists, written YYYY-MM-DD (so '2025-02-29' is refused). */
export function isCalendarDate(value: unknown): boolean {
  if (typeof value !== 'string' || !CALENDAR_DATE_PATTERN.test(value)) return false;
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  // setUTCFullYear, unlike Date.UTC, does not map years 0-99 to 1900-1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Validates a day; the pattern also reaches the AsyncAPI document, the check that the day exists cannot. */
export function IsCalendarDate(): PropertyDecorator {
  const pattern = Matches(CALENDAR_DATE_PATTERN, { message: '$property must be a day written YYYY-MM-DD' });
  const exists = ValidateBy({
    name: 'isCalendarDate',
    validator: {
      validate: (value: unknown) => isCalendarDate(value),
      defaultMessage: () => '$property must be a day that exists, e.g. 2025-03-01',
    },
  });
  return (prototype, property) => {
    pattern(prototype, property);
    exists(prototype, property);
  };
}

/** Validates a moment: strict ISO 8601, in UTC. */
export function IsUtcMoment(): PropertyDecorator {
  const iso = IsISO8601({ strict: true });
  const utc = Matches(UTC_MOMENT_PATTERN, {
    message: '$property must be an ISO 8601 UTC timestamp ending in Z',
  });
  return (prototype, property) => {
    iso(prototype, property);
    utc(prototype, property);
  };
}

/**
 * Requires a moment or day to come strictly after the one in `earlierProperty` of the same data. Passes when
 * either is not a date, so only the field's own validators report that.
 */
export function IsLaterThan(earlierProperty: string): PropertyDecorator {
  return ValidateBy({
    name: 'isLaterThan',
    constraints: [earlierProperty],
    validator: {
      validate: (value: unknown, args) => {
        const earlier = (args?.object as Record<string, unknown> | undefined)?.[earlierProperty];
        if (typeof value !== 'string' || typeof earlier !== 'string') return true;
        const [later, before] = [Date.parse(value), Date.parse(earlier)];
        return Number.isNaN(later) || Number.isNaN(before) || later > before;
      },
      defaultMessage: () => `$property must be later than ${earlierProperty}`,
    },
  });
}

/** The first day any day or moment of the programme may fall on: before it began (2023), so its history fits. */
export const EARLIEST_PROGRAMME_DAY = '2000-01-01';

/** The last day any day or moment may fall on: far enough ahead to plan, far inside what the calendar counts. */
export const LATEST_PROGRAMME_DAY = '2099-12-31';

/**
 * Requires a day or moment to lie from EARLIEST_PROGRAMME_DAY to LATEST_PROGRAMME_DAY, so that no stored date
 * is one the calendar cannot count from (9999-12-31 plus a day is no day). Passes what is not a day or moment,
 * so only the field's own validators report that.
 */
export function IsWithinProgrammeDays(): PropertyDecorator {
  return ValidateBy({
    name: 'isWithinProgrammeDays',
    validator: {
      validate: (value: unknown) => {
        if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) return true;
        // A moment's UTC day is within a day of its Dutch one; the window's edges are far from any real date.
        const day = new Date(Date.parse(value)).toISOString().slice(0, 10);
        return day >= EARLIEST_PROGRAMME_DAY && day <= LATEST_PROGRAMME_DAY;
      },
      defaultMessage: () => `$property must lie from ${EARLIEST_PROGRAMME_DAY} to ${LATEST_PROGRAMME_DAY}`,
    },
  });
}
