// The programme calendar (days in Dutch time, from libs/contracts) under the names enrolment's domain uses.
// An inquiry that arrives at 00:30 on a Tuesday in Amsterdam (23:30 UTC on the Monday) was received on the
// Tuesday, and deadlines are counted from that day.
export {
  addDays,
  addWorkingDays,
  addMonths,
  dayOf,
  daysBetween,
  isCalendarDate as isCalendarDay,
  isMoment,
  isWorkingDay,
  laterOf,
  PROGRAMME_TIME_ZONE,
  weekdayOf,
  type CalendarDay,
} from '@okr/contracts';
