import {
  IMPROVEMENT_CULTURE_ACTIVITIES,
  WITHDRAWAL_REASON_CODES,
  type Activity,
  type EqualAccessFlags,
  type ImprovementCultureActivity,
  type Pillar,
  type Sector,
  type WithdrawalReasonCode,
} from '@okr/contracts';
import { addMonths, isCalendarDay, laterOf, type CalendarDay } from './calendar-day.value-object';
import { domainEvent, type Decision, type DomainEvent } from './enrolment-event.value-object';
import { assertFactOrder, type FactOrderRule } from './fact-order.rules';
import { ParticipationError } from './participation.errors';
import type { SchoolState } from './school.entity';
import type { SubsidyApplicationState } from './subsidy-application.entity';

export const PARTICIPATION_STATUSES = ['enrolled', 'active', 'completed', 'withdrawn'] as const;
export type ParticipationStatus = (typeof PARTICIPATION_STATUSES)[number];

/**
 * How long after completing a trajectory its culture is assessed for sustainability: the KPI asks "one year
 * after the trajectory", taken here as 12 calendar months after the day of completion, on or after.
 */
export const SUSTAINABILITY_ASSESSMENT_AFTER_MONTHS = 12;

export interface ParticipationState {
  readonly participationId: string;
  readonly brin: string;
  readonly activity: Activity;
  readonly pillar: Pillar;
  readonly sector: Sector;
  readonly schoolYear: string;
  /** The equal-access flags when the school enrolled: a snapshot, as the KPIs count them. */
  readonly equalAccess: Readonly<EqualAccessFlags>;
  readonly applicationId: string;
  readonly roundId: string;
  readonly status: ParticipationStatus;
  readonly enrolledOn: CalendarDay;
  readonly startedOn?: CalendarDay;
  readonly completedOn?: CalendarDay;
  readonly pupilDevelopmentImproved?: boolean;
  readonly withdrawal?: {
    readonly reasonCode: WithdrawalReasonCode;
    readonly withdrawnOn: CalendarDay;
    readonly notes?: string;
  };
  readonly sustainability?: { readonly sustainableCulture: boolean; readonly assessedOn: CalendarDay };
  readonly trainedCoaches: readonly { readonly coachId: string; readonly trainedOn: CalendarDay }[];
}

export type SchoolEnrolled = DomainEvent<'SchoolEnrolled'>;
export type ParticipationCompleted = DomainEvent<'ParticipationCompleted'>;
export type SchoolWithdrew = DomainEvent<'SchoolWithdrew'>;
export type SustainabilityAssessed = DomainEvent<'SustainabilityAssessed'>;
export type ExpertCoachTrained = DomainEvent<'ExpertCoachTrained'>;

/** Whether the activity is an improvement-culture trajectory (expert coach, sustainability assessment). */
export function isImprovementCulture(activity: Activity): activity is ImprovementCultureActivity {
  return (IMPROVEMENT_CULTURE_ACTIVITIES as readonly Activity[]).includes(activity);
}

/** A granted application enrols the school in the activity for the round's school year. */
export function enrolFromGrant(
  current: ParticipationState | undefined,
  input: {
    readonly participationId: string;
    readonly application: SubsidyApplicationState;
    readonly school: SchoolState;
    readonly enrolledOn: CalendarDay;
  },
): Decision<ParticipationState, SchoolEnrolled> {
  if (current) {
    throw new ParticipationError(
      'PARTICIPATION.ALREADY_ENROLLED',
      `Participation ${current.participationId} exists`,
    );
  }
  const { application, school } = input;
  if (application.status !== 'granted') {
    throw new ParticipationError(
      'PARTICIPATION.APPLICATION_NOT_GRANTED',
      'Only a granted application enrols a school',
      {
        applicationId: application.applicationId,
        status: application.status,
      },
    );
  }
  if (application.brin !== school.brin) {
    throw new ParticipationError('PARTICIPATION.SCHOOL_MISMATCH', 'The application is of another school', {
      applicationBrin: application.brin,
      schoolBrin: school.brin,
    });
  }
  assertDay(input.enrolledOn);
  const state: ParticipationState = {
    participationId: input.participationId,
    brin: school.brin,
    activity: application.activity,
    pillar: application.pillar,
    sector: school.profile.sector,
    schoolYear: application.schoolYear,
    equalAccess: { ...school.profile.equalAccess },
    applicationId: application.applicationId,
    roundId: application.roundId,
    status: 'enrolled',
    enrolledOn: input.enrolledOn,
    trainedCoaches: [],
  };
  return {
    state,
    events: [
      domainEvent('SchoolEnrolled', {
        brin: state.brin,
        activity: state.activity,
        pillar: state.pillar,
        sector: state.sector,
        schoolYear: state.schoolYear,
        enrolledOn: state.enrolledOn,
        equalAccess: { ...state.equalAccess },
        participationId: state.participationId,
        applicationId: state.applicationId,
        roundId: state.roundId,
      }),
    ],
  };
}

/** The school starts the activity. No contract exists for this step, so it changes state only. */
export function startParticipation(
  participation: ParticipationState | undefined,
  input: { readonly startedOn: CalendarDay },
): Decision<ParticipationState, never> {
  const found = moveTo(participation, 'active', input.startedOn);
  return { state: { ...found, status: 'active', startedOn: input.startedOn }, events: [] };
}

/**
 * The school completes the activity. For an improvement-culture trajectory, whether it improved pupil
 * development on its theme is required (an outcome KPI); for other activities it does not apply.
 */
export function completeParticipation(
  participation: ParticipationState | undefined,
  input: { readonly completedOn: CalendarDay; readonly pupilDevelopmentImproved?: boolean },
): Decision<ParticipationState, ParticipationCompleted> {
  const found = moveTo(participation, 'completed', input.completedOn);
  const trajectory = isImprovementCulture(found.activity);
  if (trajectory && typeof input.pupilDevelopmentImproved !== 'boolean') {
    throw new ParticipationError(
      'PARTICIPATION.PUPIL_DEVELOPMENT_REQUIRED',
      'Say whether the trajectory improved pupil development on its theme',
    );
  }
  if (!trajectory && input.pupilDevelopmentImproved !== undefined) {
    throw new ParticipationError(
      'PARTICIPATION.PUPIL_DEVELOPMENT_NOT_APPLICABLE',
      'Pupil development is recorded for improvement-culture trajectories only',
    );
  }
  const improved = trajectory ? { pupilDevelopmentImproved: input.pupilDevelopmentImproved } : {};
  return {
    state: { ...found, status: 'completed', completedOn: input.completedOn, ...improved },
    events: [
      domainEvent('ParticipationCompleted', {
        ...factsOf(found),
        completedOn: input.completedOn,
        ...improved,
      }),
    ],
  };
}

/** The school withdraws from the activity, with a reason code (and, for staff, notes in words). */
export function withdrawParticipation(
  participation: ParticipationState | undefined,
  input: {
    readonly withdrawnOn: CalendarDay;
    readonly reasonCode: WithdrawalReasonCode;
    readonly notes?: string;
  },
): Decision<ParticipationState, SchoolWithdrew> {
  const found = moveTo(participation, 'withdrawn', input.withdrawnOn);
  if (!(WITHDRAWAL_REASON_CODES as readonly unknown[]).includes(input.reasonCode)) {
    throw new ParticipationError(
      'PARTICIPATION.INVALID_WITHDRAWAL_REASON',
      'Use one of the known reason codes',
      {
        allowed: WITHDRAWAL_REASON_CODES,
      },
    );
  }
  const notes = input.notes?.trim();
  return {
    state: {
      ...found,
      status: 'withdrawn',
      withdrawal: {
        reasonCode: input.reasonCode,
        withdrawnOn: input.withdrawnOn,
        ...(notes ? { notes } : {}),
      },
    },
    events: [
      domainEvent('SchoolWithdrew', {
        ...factsOf(found),
        reasonCode: input.reasonCode,
        withdrawnOn: input.withdrawnOn,
      }),
    ],
  };
}

/** The first day a completed trajectory can be assessed for sustainability. */
export function sustainabilityAssessableFrom(completedOn: CalendarDay): CalendarDay {
  return addMonths(completedOn, SUSTAINABILITY_ASSESSMENT_AFTER_MONTHS);
}

/** Records, once, whether a completed trajectory shows a sustainable research and improvement culture. */
export function assessSustainability(
  participation: ParticipationState | undefined,
  input: { readonly assessedOn: CalendarDay; readonly sustainableCulture: boolean },
): Decision<ParticipationState, SustainabilityAssessed> {
  const found = mustExist(participation);
  const activity = improvementCultureActivityOf(found);
  if (found.status !== 'completed' || found.completedOn === undefined) {
    throw new ParticipationError('PARTICIPATION.NOT_COMPLETED', 'Only a completed trajectory is assessed', {
      status: found.status,
    });
  }
  if (found.sustainability) {
    throw new ParticipationError('PARTICIPATION.ALREADY_ASSESSED', 'The trajectory was already assessed', {
      assessedOn: found.sustainability.assessedOn,
    });
  }
  assertDay(input.assessedOn);
  const earliest = sustainabilityAssessableFrom(found.completedOn);
  // Its own code: the day is in order after completion, and still too early.
  assertFactOrder(
    'assessment-after-completion',
    input.assessedOn,
    earliest,
    ({ message, ...details }) =>
      new ParticipationError('PARTICIPATION.ASSESSED_TOO_EARLY', message, {
        ...details,
        completedOn: found.completedOn,
      }),
  );
  return {
    state: {
      ...found,
      sustainability: { sustainableCulture: input.sustainableCulture, assessedOn: input.assessedOn },
    },
    events: [
      domainEvent('SustainabilityAssessed', {
        participationId: found.participationId,
        brin: found.brin,
        activity,
        schoolYear: found.schoolYear,
        sustainableCulture: input.sustainableCulture,
        assessedOn: input.assessedOn,
      }),
    ],
  };
}

/**
 * Records that an expert coach of the trajectory completed the training. A fact about the coach: recorded
 * in any state of the participation (training may be reported late), once per coach.
 */
export function recordExpertCoachTrained(
  participation: ParticipationState | undefined,
  input: { readonly coachId: string; readonly trainedOn: CalendarDay },
): Decision<ParticipationState, ExpertCoachTrained> {
  const found = mustExist(participation);
  const activity = improvementCultureActivityOf(found);
  if (found.trainedCoaches.some((coach) => coach.coachId === input.coachId)) {
    throw new ParticipationError(
      'PARTICIPATION.COACH_ALREADY_TRAINED',
      'The coach was already recorded as trained',
      {
        coachId: input.coachId,
      },
    );
  }
  assertDayNotBefore('coach-trained-after-enrolment', input.trainedOn, found.enrolledOn);
  return {
    state: {
      ...found,
      trainedCoaches: [...found.trainedCoaches, { coachId: input.coachId, trainedOn: input.trainedOn }],
    },
    events: [
      domainEvent('ExpertCoachTrained', {
        participationId: found.participationId,
        brin: found.brin,
        activity,
        sector: found.sector,
        coachId: input.coachId,
        trainedOn: input.trainedOn,
      }),
    ],
  };
}

// enrolled → active → completed; withdrawal from enrolled or active.
const ALLOWED_FROM: Readonly<Record<ParticipationStatus, readonly ParticipationStatus[]>> = {
  enrolled: [],
  active: ['enrolled'],
  completed: ['active'],
  withdrawn: ['enrolled', 'active'],
};

// The rule each move's day must keep: after the enrolment, and after the start once there is one.
const RULE_OF_MOVE: Readonly<Record<ParticipationStatus, FactOrderRule>> = {
  enrolled: 'start-after-enrolment',
  active: 'start-after-enrolment',
  completed: 'completion-after-start',
  withdrawn: 'withdrawal-after-start',
};

function moveTo(
  participation: ParticipationState | undefined,
  to: ParticipationStatus,
  on: CalendarDay,
): ParticipationState {
  const found = mustExist(participation);
  if (!ALLOWED_FROM[to].includes(found.status)) {
    throw new ParticipationError(
      'PARTICIPATION.INVALID_TRANSITION',
      `A participation cannot go from ${found.status} to ${to}`,
      { from: found.status, to },
    );
  }
  assertDayNotBefore(
    RULE_OF_MOVE[to],
    on,
    found.startedOn ? laterOf(found.enrolledOn, found.startedOn) : found.enrolledOn,
  );
  return found;
}

function mustExist(participation: ParticipationState | undefined): ParticipationState {
  if (!participation)
    throw new ParticipationError('PARTICIPATION.NOT_FOUND', 'The participation does not exist');
  return participation;
}

function improvementCultureActivityOf(participation: ParticipationState): ImprovementCultureActivity {
  if (!isImprovementCulture(participation.activity)) {
    throw new ParticipationError(
      'PARTICIPATION.NOT_IMPROVEMENT_CULTURE',
      'Only an improvement-culture trajectory has expert coaches and a sustainability assessment',
      { activity: participation.activity },
    );
  }
  return participation.activity;
}

function assertDay(day: CalendarDay): void {
  if (!isCalendarDay(day)) {
    throw new ParticipationError('PARTICIPATION.INVALID_DATE', 'The day must be a day written YYYY-MM-DD', {
      day,
    });
  }
}

function assertDayNotBefore(rule: FactOrderRule, day: CalendarDay, earliest: CalendarDay): void {
  assertDay(day);
  assertFactOrder(
    rule,
    day,
    earliest,
    ({ message, ...details }) => new ParticipationError('PARTICIPATION.DATE_OUT_OF_ORDER', message, details),
  );
}

function factsOf(participation: ParticipationState): {
  participationId: string;
  brin: string;
  activity: Activity;
  pillar: Pillar;
  sector: Sector;
  schoolYear: string;
} {
  const { participationId, brin, activity, pillar, sector, schoolYear } = participation;
  return { participationId, brin, activity, pillar, sector, schoolYear };
}
