import { addWorkingDays, type CalendarDay } from '@okr/contracts';

// The Kennisrotonde's service norm counts working days: Monday to Friday, except configured holidays.

/** Answer within `workingDays` working days after the day a question came in. */
export interface ServiceNorm {
  readonly workingDays: number;
  /** Days the office is closed besides weekends, YYYY-MM-DD. */
  readonly holidays: readonly CalendarDay[];
}

/** The last day on which an answer is within the norm. */
export function dueOn(receivedOn: CalendarDay, norm: ServiceNorm): CalendarDay {
  return addWorkingDays(receivedOn, norm.workingDays, norm.holidays);
}
