import {
  laterOf,
  type CalendarDay,
  type LabSchoolRole,
  type LabSchoolSource,
  type Sector,
} from '@okr/contracts';
import { assertNotBefore, LabsError } from './labs.errors';
import { domainEvent, type Decision, type DomainEvent } from './labs-event.value-object';

/** A school's place on a lab's roster for one school year; a school that left and came back has two. */
export interface Membership {
  readonly brin: string;
  readonly schoolYear: string;
  readonly role: LabSchoolRole;
  readonly sector: Sector;
  readonly source: LabSchoolSource;
  readonly joinedOn: CalendarDay;
  /** The enrolment's participation, when the school came through the help desk. */
  readonly participationId?: string;
  readonly leftOn?: CalendarDay;
  readonly leftThrough?: LabSchoolSource;
}

/** Who takes part in a lab: its own stream, so the help desk's enrolments never race the lab's own changes. */
export interface RosterState {
  readonly labId: string;
  readonly memberships: readonly Membership[];
}

export interface JoinRoster {
  readonly labId: string;
  readonly brin: string;
  readonly schoolYear: string;
  readonly role: LabSchoolRole;
  readonly sector: Sector;
  readonly joinedOn: CalendarDay;
  readonly participationId?: string;
}

type Joined = DomainEvent<'LabSchoolJoined'>;
type Left = DomainEvent<'LabSchoolLeft'>;

/** Whether a membership is current: joined and not left. */
export function isCurrent(membership: Membership): boolean {
  return membership.leftOn === undefined;
}

/** The lab team puts a school on the roster for a school year; a school on it for that year already is refused. */
export function recordLabSchool(
  roster: RosterState | undefined,
  input: JoinRoster,
): Decision<RosterState, Joined> {
  const current = currentMembership(roster, input.brin, input.schoolYear);
  if (current) {
    throw new LabsError(
      'ROSTER.SCHOOL_ALREADY_ON_ROSTER',
      `School ${input.brin} is on the roster for ${input.schoolYear} already, as ${current.role} school`,
      { brin: input.brin, schoolYear: input.schoolYear, role: current.role, source: current.source },
    );
  }
  return join(roster, input, 'lab-team');
}

/**
 * The help desk enrolled the school in one of the lab's activities: the roster follows. A school on the
 * roster for that year already (the lab team was first, or this is a redelivery) stays as it is.
 */
export function followEnrolment(
  roster: RosterState | undefined,
  input: JoinRoster,
): Decision<RosterState, Joined> | undefined {
  if (currentMembership(roster, input.brin, input.schoolYear)) return undefined;
  return join(roster, input, 'enrolment');
}

/** The lab team takes a school off the roster: every current membership of the school, or that of one year. */
export function removeLabSchool(
  roster: RosterState | undefined,
  input: { readonly brin: string; readonly schoolYear?: string; readonly leftOn: CalendarDay },
): Decision<RosterState, Left> {
  const leaving = (roster?.memberships ?? []).filter(
    (membership) =>
      isCurrent(membership) &&
      membership.brin === input.brin &&
      (input.schoolYear === undefined || membership.schoolYear === input.schoolYear),
  );
  if (roster === undefined || leaving.length === 0) {
    throw new LabsError('ROSTER.SCHOOL_NOT_ON_ROSTER', `School ${input.brin} is not on the lab's roster`, {
      brin: input.brin,
      ...(input.schoolYear !== undefined ? { schoolYear: input.schoolYear } : {}),
    });
  }
  for (const membership of leaving) {
    assertNotBefore('ROSTER.DATE_OUT_OF_ORDER', input.leftOn, membership.joinedOn, 'Leaving');
  }
  return leave(roster, leaving, input.leftOn, 'lab-team');
}

/**
 * The help desk recorded the school's withdrawal from the lab activity: its membership for that year and role
 * ends. Nothing changes when there is none (the lab team took it off first, or this is a redelivery).
 */
export function followWithdrawal(
  roster: RosterState | undefined,
  input: {
    readonly brin: string;
    readonly schoolYear: string;
    readonly role: LabSchoolRole;
    readonly withdrawnOn: CalendarDay;
  },
): Decision<RosterState, Left> | undefined {
  const membership = currentMembership(roster, input.brin, input.schoolYear);
  if (roster === undefined || membership === undefined || membership.role !== input.role) return undefined;
  // A withdrawal the desk dates before a later direct recording by the lab team ends it on the day it began.
  return leave(roster, [membership], laterOf(membership.joinedOn, input.withdrawnOn), 'enrolment');
}

function join(
  roster: RosterState | undefined,
  input: JoinRoster,
  source: LabSchoolSource,
): Decision<RosterState, Joined> {
  const membership: Membership = {
    brin: input.brin,
    schoolYear: input.schoolYear,
    role: input.role,
    sector: input.sector,
    source,
    joinedOn: input.joinedOn,
    ...(input.participationId !== undefined ? { participationId: input.participationId } : {}),
  };
  return {
    state: { labId: input.labId, memberships: [...(roster?.memberships ?? []), membership] },
    events: [
      domainEvent('LabSchoolJoined', {
        labId: input.labId,
        brin: input.brin,
        role: input.role,
        sector: input.sector,
        schoolYear: input.schoolYear,
        source,
        joinedOn: input.joinedOn,
        ...(input.participationId !== undefined ? { participationId: input.participationId } : {}),
      }),
    ],
  };
}

function leave(
  roster: RosterState,
  leaving: readonly Membership[],
  leftOn: CalendarDay,
  source: LabSchoolSource,
): Decision<RosterState, Left> {
  return {
    state: {
      ...roster,
      memberships: roster.memberships.map((membership) =>
        leaving.includes(membership) ? { ...membership, leftOn, leftThrough: source } : membership,
      ),
    },
    events: leaving.map((membership) =>
      domainEvent('LabSchoolLeft', {
        labId: roster.labId,
        brin: membership.brin,
        role: membership.role,
        sector: membership.sector,
        schoolYear: membership.schoolYear,
        source,
        leftOn,
      }),
    ),
  };
}

function currentMembership(
  roster: RosterState | undefined,
  brin: string,
  schoolYear: string,
): Membership | undefined {
  return roster?.memberships.find(
    (membership) => isCurrent(membership) && membership.brin === brin && membership.schoolYear === schoolYear,
  );
}
