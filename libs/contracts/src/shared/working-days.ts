import { addDays, type CalendarDay, weekdayOf } from './programme-calendar';
import { isCalendarDate } from './time.value-object';

// Service norms are counted in working days: Monday to Friday, except the holidays an office configures. The help
// desk's first response and the Kennisrotonde's answer count them the same way.

/** Monday to Friday, unless the day is one of the holidays. */
export function isWorkingDay(day: CalendarDay, holidays: readonly CalendarDay[] = []): boolean {
  const weekday = weekdayOf(day);
  return weekday !== 0 && weekday !== 6 && !holidays.includes(day);
}

/**
 * The day that is `count` working days after `day`, not counting `day` itself: 5 working days after a Monday
 * is the next Monday, after a Saturday the next Friday.
 */
export function addWorkingDays(
  day: CalendarDay,
  count: number,
  holidays: readonly CalendarDay[] = [],
): CalendarDay {
  if (!isCalendarDate(day)) throw new RangeError(`Not a day: ${day}`);
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`Not a number of working days: ${count}`);
  let current = day;
  for (let counted = 0; counted < count;) {
    current = addDays(current, 1);
    if (isWorkingDay(current, holidays)) counted += 1;
  }
  return current;
}

/** The working days after `from` up to and including `to` (0 when `to` is not after `from`). */
export function workingDaysBetween(
  from: CalendarDay,
  to: CalendarDay,
  holidays: readonly CalendarDay[] = [],
): number {
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) {
    if (isWorkingDay(day, holidays)) count += 1;
  }
  return count;
}
