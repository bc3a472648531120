import {
  PILLAR_OF_ACTIVITY,
  REJECTION_REASON_CODES,
  type Activity,
  type Pillar,
  type RejectionReasonCode,
  type Sector,
} from '@okr/contracts';
import { dayOf, isCalendarDay, isMoment, laterOf, type CalendarDay } from './calendar-day.value-object';
import { decisionDueOn, initialDecisionDueOn } from './decision-clock.rules';
import { assertEligible, type ApplicationRequest, type EligibilityContext } from './eligibility.rules';
import { domainEvent, type Decision, type DomainEvent } from './enrolment-event.value-object';
import { assertFactOrder, type FactOrderRule } from './fact-order.rules';
import { ApplicationError } from './subsidy-application.errors';
import type { ReservingApplication } from './subsidy-round.entity';

export const APPLICATION_STATUSES = [
  'submitted',
  'information-requested',
  'resubmitted',
  'granted',
  'rejected',
  'withdrawn',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** What staff see, and what may be shown to the school ("where is my application?"). */
export const APPLICATION_STATUS_LABELS: Readonly<
  Record<ApplicationStatus, { readonly internal: string; readonly school: string }>
> = {
  submitted: { internal: 'Ingediend – wacht op beoordeling', school: 'Ingediend' },
  'information-requested': {
    internal: 'Aanvullende informatie gevraagd – beslistermijn opgeschort',
    school: 'Aanvullende informatie gevraagd',
  },
  resubmitted: { internal: 'Aanvulling ontvangen – beoordeling hervat', school: 'Aanvulling ontvangen' },
  granted: { internal: 'Toegekend – budget gereserveerd', school: 'Toegekend' },
  rejected: { internal: 'Afgewezen', school: 'Afgewezen' },
  withdrawn: { internal: 'Ingetrokken door de school', school: 'Ingetrokken' },
};

/** The moves a subsidy officer or the school can make from each state. */
export const APPLICATION_TRANSITIONS: Readonly<Record<ApplicationStatus, readonly ApplicationStatus[]>> = {
  submitted: ['information-requested', 'granted', 'rejected', 'withdrawn'],
  // An officer may reject an application whose information never came ('incomplete'); not grant it unseen.
  'information-requested': ['resubmitted', 'rejected', 'withdrawn'],
  resubmitted: ['information-requested', 'granted', 'rejected', 'withdrawn'],
  granted: [],
  rejected: [],
  withdrawn: [],
};

export interface InformationRequest {
  readonly requestedOn: CalendarDay;
  /** What was asked: stays in this service. */
  readonly question: string;
  readonly resubmittedOn?: CalendarDay;
  readonly supplement?: string;
}

export interface SubsidyApplicationState {
  readonly applicationId: string;
  readonly brin: string;
  readonly activity: Activity;
  readonly pillar: Pillar;
  /** The school's sector when it applied. */
  readonly sector: Sector;
  readonly roundId: string;
  readonly schoolYear: string;
  readonly requestedAmountCents: number;
  /** The school's own words: stays in this service. */
  readonly motivation: string;
  /** ISO 8601 UTC: the order of arrival. */
  readonly submittedAt: string;
  readonly submittedOn: CalendarDay;
  readonly status: ApplicationStatus;
  readonly informationRequests: readonly InformationRequest[];
  readonly decidedOn?: CalendarDay;
  readonly grantedAmountCents?: number;
  readonly rejection?: { readonly reasonCode: RejectionReasonCode; readonly reasonText: string };
  readonly withdrawnOn?: CalendarDay;
}

export type SubsidyApplicationSubmitted = DomainEvent<'SubsidyApplicationSubmitted'>;
export type SubsidyInformationRequested = DomainEvent<'SubsidyInformationRequested'>;
export type SubsidyApplicationResubmitted = DomainEvent<'SubsidyApplicationResubmitted'>;
export type SubsidyGranted = DomainEvent<'SubsidyGranted'>;
export type SubsidyRejected = DomainEvent<'SubsidyRejected'>;
export type SubsidyApplicationWithdrawn = DomainEvent<'SubsidyApplicationWithdrawn'>;

/** Submits an application on behalf of the school, after checking every rule of eligibility.rules.ts. */
export function submitApplication(
  current: SubsidyApplicationState | undefined,
  input: ApplicationRequest & { readonly applicationId: string; readonly motivation: string },
  context: EligibilityContext,
): Decision<SubsidyApplicationState, SubsidyApplicationSubmitted> {
  if (current) {
    throw new ApplicationError(
      'APPLICATION.ALREADY_SUBMITTED',
      `Application ${current.applicationId} was already submitted`,
    );
  }
  if (!isMoment(input.submittedAt)) {
    throw new ApplicationError(
      'APPLICATION.INVALID_MOMENT',
      'The moment of submission is not a valid date and time',
    );
  }
  const motivation = input.motivation.trim();
  if (motivation === '') {
    throw new ApplicationError('APPLICATION.MOTIVATION_REQUIRED', 'An application needs a motivation');
  }
  assertEligible(input, context);
  const { school, round } = context;
  const submittedAt = input.submittedAt.toISOString();
  const submittedOn = dayOf(input.submittedAt);
  const pillar = PILLAR_OF_ACTIVITY[input.activity];
  const state: SubsidyApplicationState = {
    applicationId: input.applicationId,
    brin: school.brin,
    activity: input.activity,
    pillar,
    sector: school.profile.sector,
    roundId: round.roundId,
    schoolYear: round.schoolYear,
    requestedAmountCents: input.requestedAmountCents,
    motivation,
    submittedAt,
    submittedOn,
    status: 'submitted',
    informationRequests: [],
  };
  return {
    state,
    events: [
      domainEvent('SubsidyApplicationSubmitted', {
        applicationId: state.applicationId,
        brin: state.brin,
        activity: state.activity,
        pillar,
        roundId: state.roundId,
        schoolYear: state.schoolYear,
        requestedAmountCents: state.requestedAmountCents,
        submittedAt,
        submittedOn,
        decisionDueOn: initialDecisionDueOn(submittedOn),
      }),
    ],
  };
}

/** A subsidy officer asks the school for more information; the decision clock stops. */
export function requestInformation(
  application: SubsidyApplicationState | undefined,
  input: { readonly requestedOn: CalendarDay; readonly question: string },
): Decision<SubsidyApplicationState, SubsidyInformationRequested> {
  const found = moveTo(application, 'information-requested', input.requestedOn);
  const question = input.question.trim();
  if (question === '')
    throw new ApplicationError('APPLICATION.QUESTION_REQUIRED', 'Say what information is needed');
  return {
    state: {
      ...found,
      status: 'information-requested',
      informationRequests: [...found.informationRequests, { requestedOn: input.requestedOn, question }],
    },
    events: [domainEvent('SubsidyInformationRequested', { ...keyOf(found), requestedOn: input.requestedOn })],
  };
}

/** The school sends the information; the clock resumes, its due day moved by the days it stood still. */
export function resubmitApplication(
  application: SubsidyApplicationState | undefined,
  input: { readonly resubmittedOn: CalendarDay; readonly supplement?: string },
): Decision<SubsidyApplicationState, SubsidyApplicationResubmitted> {
  const found = moveTo(application, 'resubmitted', input.resubmittedOn);
  const supplement = input.supplement?.trim();
  const answered = found.informationRequests.map((request, index) =>
    index === found.informationRequests.length - 1
      ? { ...request, resubmittedOn: input.resubmittedOn, ...(supplement ? { supplement } : {}) }
      : request,
  );
  const state: SubsidyApplicationState = { ...found, status: 'resubmitted', informationRequests: answered };
  return {
    state,
    events: [
      domainEvent('SubsidyApplicationResubmitted', {
        ...keyOf(found),
        resubmittedOn: input.resubmittedOn,
        decisionDueOn: decisionDueOn(state),
      }),
    ],
  };
}

/**
 * A subsidy officer grants the application, by default the amount asked (or less). The round must have
 * reserved the amount first (decideGrant on the round's stream); this records the decision.
 */
export function grantApplication(
  application: SubsidyApplicationState | undefined,
  input: { readonly decidedOn: CalendarDay; readonly grantedAmountCents?: number },
): Decision<SubsidyApplicationState, SubsidyGranted> {
  const found = moveTo(application, 'granted', input.decidedOn);
  const grantedAmountCents = grantedAmountOf(found, input.grantedAmountCents);
  return {
    state: { ...found, status: 'granted', decidedOn: input.decidedOn, grantedAmountCents },
    events: [
      domainEvent('SubsidyGranted', {
        applicationId: found.applicationId,
        brin: found.brin,
        activity: found.activity,
        pillar: found.pillar,
        sector: found.sector,
        roundId: found.roundId,
        schoolYear: found.schoolYear,
        grantedAmountCents,
        decidedOn: input.decidedOn,
      }),
    ],
  };
}

/** The amount a grant would give: the amount asked unless the officer grants less. */
export function grantedAmountOf(application: SubsidyApplicationState, grantedAmountCents?: number): number {
  const amount = grantedAmountCents ?? application.requestedAmountCents;
  if (!Number.isInteger(amount) || amount <= 0 || amount > application.requestedAmountCents) {
    throw new ApplicationError(
      'APPLICATION.INVALID_GRANT_AMOUNT',
      'A grant is a positive whole number of cents, at most the amount asked',
      { grantedAmountCents: amount, requestedAmountCents: application.requestedAmountCents },
    );
  }
  return amount;
}

/** A subsidy officer rejects the application with a reason code and the reason in words for the school. */
export function rejectApplication(
  application: SubsidyApplicationState | undefined,
  input: {
    readonly decidedOn: CalendarDay;
    readonly reasonCode: RejectionReasonCode;
    readonly reasonText: string;
  },
): Decision<SubsidyApplicationState, SubsidyRejected> {
  const found = moveTo(application, 'rejected', input.decidedOn);
  if (!(REJECTION_REASON_CODES as readonly unknown[]).includes(input.reasonCode)) {
    throw new ApplicationError('APPLICATION.INVALID_REJECTION_REASON', 'Use one of the known reason codes', {
      allowed: REJECTION_REASON_CODES,
    });
  }
  const reasonText = input.reasonText.trim();
  if (reasonText === '') {
    throw new ApplicationError('APPLICATION.REJECTION_TEXT_REQUIRED', 'Explain the rejection to the school');
  }
  return {
    state: {
      ...found,
      status: 'rejected',
      decidedOn: input.decidedOn,
      rejection: { reasonCode: input.reasonCode, reasonText },
    },
    events: [
      domainEvent('SubsidyRejected', {
        applicationId: found.applicationId,
        brin: found.brin,
        activity: found.activity,
        roundId: found.roundId,
        schoolYear: found.schoolYear,
        reasonCode: input.reasonCode,
        decidedOn: input.decidedOn,
      }),
    ],
  };
}

/** The school withdraws its application before a decision. */
export function withdrawApplication(
  application: SubsidyApplicationState | undefined,
  input: { readonly withdrawnOn: CalendarDay },
): Decision<SubsidyApplicationState, SubsidyApplicationWithdrawn> {
  const found = moveTo(application, 'withdrawn', input.withdrawnOn);
  return {
    state: { ...found, status: 'withdrawn', withdrawnOn: input.withdrawnOn },
    events: [domainEvent('SubsidyApplicationWithdrawn', { ...keyOf(found), withdrawnOn: input.withdrawnOn })],
  };
}

/** Whether the application can move to `to`; a handler checks this before reserving budget for a grant. */
export function canMoveTo(
  application: Pick<SubsidyApplicationState, 'status'>,
  to: ApplicationStatus,
): boolean {
  return APPLICATION_TRANSITIONS[application.status].includes(to);
}

/** Whether the application still awaits a decision. */
/**
 * The application's step: its status and how many times information was asked, e.g. 'resubmitted/1'. Every
 * move changes it and it never comes back to an earlier value, so it fences a round's reservation to the
 * version of the application it was made for (subsidy-round.entity: reserveGrant, releaseStaleGrant).
 */
export function applicationStepOf(
  application: Pick<SubsidyApplicationState, 'status' | 'informationRequests'>,
): string {
  return `${application.status}/${application.informationRequests.length}`;
}

/** What a round reads of the application to reserve for it, or to release what it holds. */
export function reservingApplicationOf(application: SubsidyApplicationState): ReservingApplication {
  return {
    applicationId: application.applicationId,
    granted: application.status === 'granted',
    undecided: isUndecided(application),
    step: applicationStepOf(application),
  };
}

export function isUndecided(application: Pick<SubsidyApplicationState, 'status'>): boolean {
  return APPLICATION_TRANSITIONS[application.status].length > 0;
}

/**
 * The applications to assess, in order of arrival: undecided and not waiting on the school, the earliest
 * first submission first (a resubmission keeps its place in the queue).
 */
export function nextToAssess<
  T extends Pick<SubsidyApplicationState, 'status' | 'submittedAt' | 'applicationId'>,
>(applications: readonly T[]): T[] {
  return applications
    .filter((application) => application.status === 'submitted' || application.status === 'resubmitted')
    .sort(
      (first, second) =>
        first.submittedAt.localeCompare(second.submittedAt) ||
        first.applicationId.localeCompare(second.applicationId),
    );
}

// The rule each move's day must keep: on or after the submission and every later step.
const RULE_OF_MOVE: Readonly<Record<ApplicationStatus, FactOrderRule>> = {
  submitted: 'decision-after-application',
  'information-requested': 'information-request-after-application',
  resubmitted: 'resubmission-after-request',
  granted: 'decision-after-application',
  rejected: 'decision-after-application',
  withdrawn: 'withdrawal-after-application',
};

function moveTo(
  application: SubsidyApplicationState | undefined,
  to: ApplicationStatus,
  on: CalendarDay,
): SubsidyApplicationState {
  if (!application) throw new ApplicationError('APPLICATION.NOT_FOUND', 'The application does not exist');
  if (!canMoveTo(application, to)) {
    throw new ApplicationError(
      'APPLICATION.INVALID_TRANSITION',
      `An application cannot go from ${application.status} to ${to}`,
      { from: application.status, to },
    );
  }
  if (!isCalendarDay(on)) {
    throw new ApplicationError('APPLICATION.INVALID_DATE', 'The day must be a day written YYYY-MM-DD', {
      day: on,
    });
  }
  assertFactOrder(
    RULE_OF_MOVE[to],
    on,
    lastDayOf(application),
    ({ message, ...details }) => new ApplicationError('APPLICATION.DATE_OUT_OF_ORDER', message, details),
  );
  return application;
}

function lastDayOf(application: SubsidyApplicationState): CalendarDay {
  return application.informationRequests
    .flatMap((request) => [request.requestedOn, ...(request.resubmittedOn ? [request.resubmittedOn] : [])])
    .reduce(laterOf, application.submittedOn);
}

function keyOf(application: SubsidyApplicationState): {
  applicationId: string;
  brin: string;
  roundId: string;
} {
  return { applicationId: application.applicationId, brin: application.brin, roundId: application.roundId };
}
