import { addDays, daysBetween, type CalendarDay } from './calendar-day.value-object';

/** A decision on an application is due 13 weeks after submission, not counting time spent waiting on the school. */
export const DECISION_PERIOD_WEEKS = 13;

/** The part of an application the clock reads. */
export interface ClockedApplication {
  readonly status: string;
  readonly submittedAt: string;
  readonly submittedOn: CalendarDay;
  readonly informationRequests: readonly {
    readonly requestedOn: CalendarDay;
    readonly resubmittedOn?: CalendarDay;
  }[];
}

// The states in which the office owes a decision; while information is requested the clock stands still.
const CLOCK_RUNS_IN: readonly string[] = ['submitted', 'resubmitted'];

/** The day a decision is due for an application submitted on `submittedOn`, before any pause. */
export function initialDecisionDueOn(submittedOn: CalendarDay): CalendarDay {
  return addDays(submittedOn, DECISION_PERIOD_WEEKS * 7);
}

/**
 * Days the clock stood still: for each information request, the calendar days from the request to the
 * resubmission (a request answered the same day pauses nothing). A request still open counts up to `today`
 * when given, else not at all.
 */
export function pausedDays(application: ClockedApplication, today?: CalendarDay): number {
  return application.informationRequests.reduce((sum, request) => {
    const resumedOn = request.resubmittedOn ?? today;
    return resumedOn === undefined ? sum : sum + Math.max(0, daysBetween(request.requestedOn, resumedOn));
  }, 0);
}

/**
 * The day a decision is due: 13 weeks after submission, moved by the days information was awaited. While
 * the school is still asked for information, pass `today` to see the due day if it answered today.
 */
export function decisionDueOn(application: ClockedApplication, today?: CalendarDay): CalendarDay {
  return addDays(initialDecisionDueOn(application.submittedOn), pausedDays(application, today));
}

/** Whether the clock is stopped because the office awaits information from the school. */
export function isClockPaused(application: ClockedApplication): boolean {
  return application.status === 'information-requested';
}

/**
 * Overdue: the office owes a decision (not decided, not awaiting information) and the due day has passed. On
 * the due day itself the decision is still in time.
 */
export function isDecisionOverdue(application: ClockedApplication, today: CalendarDay): boolean {
  return CLOCK_RUNS_IN.includes(application.status) && today > decisionDueOn(application);
}

/** The overdue applications, the longest overdue first. */
export function overdueApplications<T extends ClockedApplication>(
  applications: readonly T[],
  today: CalendarDay,
): T[] {
  return applications
    .filter((application) => isDecisionOverdue(application, today))
    .map((application) => ({ application, dueOn: decisionDueOn(application) }))
    .sort((first, second) =>
      first.dueOn === second.dueOn
        ? first.application.submittedAt.localeCompare(second.application.submittedAt)
        : first.dueOn.localeCompare(second.dueOn),
    )
    .map(({ application }) => application);
}
