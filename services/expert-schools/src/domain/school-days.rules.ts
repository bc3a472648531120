import { schoolYearOf, type CalendarDay } from '@okr/contracts';
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

/** Refuses a day outside the school year a fact belongs to (a hub's join day outside the hub's year). */
export function assertInSchoolYear(day: CalendarDay, schoolYear: string, what: string): void {
  if (schoolYearOf(day) !== schoolYear) {
    throw new ExpertSchoolsError('DAY.OUTSIDE_SCHOOL_YEAR', `${what} on ${day} is outside ${schoolYear}`, {
      day,
      schoolYear,
    });
  }
}
