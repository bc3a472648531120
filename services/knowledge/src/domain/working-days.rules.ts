import { addDays, type CalendarDay, weekdayOf } from '@okr/contracts';

// The Kennisrotonde's service norm counts working days: Monday to Friday, except configured holidays.

/** Answer within `workingDays` working days after the day a question came in. */
export interface ServiceNorm {
  readonly workingDays: number;
  /** Days the office is closed besides weekends, YYYY-MM-DD. */
  readonly holidays: readonly CalendarDay[];
}

/** Monday to Friday, unless the day is one of the holidays. */
export function isWorkingDay(day: CalendarDay, holidays: readonly CalendarDay[] = []): boolean {
  const weekday = weekdayOf(day);
  return weekday !== 0 && weekday !== 6 && !holidays.includes(day);
}

/** The day `count` working days after `day`, not counting `day` itself. */
export function addWorkingDays(
  day: CalendarDay,
  count: number,
  holidays: readonly CalendarDay[] = [],
): CalendarDay {
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

/** The last day on which an answer is within the norm. */
export function dueOn(receivedOn: CalendarDay, norm: ServiceNorm): CalendarDay {
  return addWorkingDays(receivedOn, norm.workingDays, norm.holidays);
}
