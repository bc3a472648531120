import type { Activity, CalendarDay } from '@okr/contracts';
import type { Decision } from './knowledge-event.value-object';

// The knowledge service's own list of schools that take part in the programme, kept from enrolment's
// SchoolEnrolled and SchoolWithdrew events (the only way it learns of them). A school takes part while it has
// an enrolment it did not withdraw from. Enrolments are keyed by activity and school year, which both events
// carry in every version, so a withdrawal finds its enrolment whichever version announced it.

export interface EnrolmentFact {
  readonly activity: Activity;
  readonly schoolYear: string;
  readonly enrolled: boolean;
  /** The day of the enrolment when the event carried one (SchoolEnrolled v2). */
  readonly enrolledOn?: CalendarDay;
  readonly withdrawnOn?: CalendarDay;
}

export interface ParticipatingSchoolState {
  readonly brin: string;
  /** By `${activity}|${schoolYear}`. */
  readonly enrolments: Readonly<Record<string, EnrolmentFact>>;
}

function keyOf(activity: Activity, schoolYear: string): string {
  return `${activity}|${schoolYear}`;
}

function withEnrolment(
  current: ParticipatingSchoolState | undefined,
  brin: string,
  activity: Activity,
  schoolYear: string,
  change: (fact: EnrolmentFact) => EnrolmentFact,
): Decision<ParticipatingSchoolState> {
  const key = keyOf(activity, schoolYear);
  const enrolments = current?.enrolments ?? {};
  const fact = enrolments[key] ?? { activity, schoolYear, enrolled: false };
  return { state: { brin, enrolments: { ...enrolments, [key]: change(fact) } }, events: [] };
}

/** Notes an enrolment (a withdrawal that arrived first keeps its day). */
export function noteEnrolment(
  current: ParticipatingSchoolState | undefined,
  input: {
    readonly brin: string;
    readonly activity: Activity;
    readonly schoolYear: string;
    readonly enrolledOn?: CalendarDay;
  },
): Decision<ParticipatingSchoolState> {
  return withEnrolment(current, input.brin, input.activity, input.schoolYear, (fact) => ({
    ...fact,
    enrolled: true,
    ...(input.enrolledOn !== undefined ? { enrolledOn: input.enrolledOn } : {}),
  }));
}

/** Notes a withdrawal from an enrolment. */
export function noteWithdrawal(
  current: ParticipatingSchoolState | undefined,
  input: {
    readonly brin: string;
    readonly activity: Activity;
    readonly schoolYear: string;
    readonly withdrawnOn: CalendarDay;
  },
): Decision<ParticipatingSchoolState> {
  return withEnrolment(current, input.brin, input.activity, input.schoolYear, (fact) => ({
    ...fact,
    withdrawnOn: input.withdrawnOn,
  }));
}

/** Whether the school takes part: an enrolment it did not withdraw from. */
export function takesPart(school: ParticipatingSchoolState | undefined): boolean {
  return Object.values(school?.enrolments ?? {}).some(
    (fact) => fact.enrolled && fact.withdrawnOn === undefined,
  );
}
