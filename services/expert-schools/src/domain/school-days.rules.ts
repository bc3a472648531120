import type { CalendarDay } from '@okr/contracts';
import { ExpertSchoolsError } from './expert-schools.errors';

/** Refuses a day before an earlier fact it follows (a certification before the selection). */
export function assertNotBefore(day: CalendarDay, earliest: CalendarDay, what: string): void {
  if (day < earliest) {
    throw new ExpertSchoolsError('DAY.OUT_OF_ORDER', `${what} on ${day} is before ${earliest}`, {
      day,
      earliest,
    });
  }
}
