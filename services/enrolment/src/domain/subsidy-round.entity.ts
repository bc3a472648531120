import { ACTIVITIES, isSchoolYear, type Activity } from '@okr/contracts';
import { isMoment } from './calendar-day.value-object';
import { domainEvent, type Decision, type DomainEvent } from './enrolment-event.value-object';
import { RoundError } from './subsidy-round.errors';

/** The most a school can be granted for an activity in the round. */
export interface ActivityAmount {
  readonly activity: Activity;
  readonly maxAmountCents: number;
}

export interface RoundGrant {
  readonly applicationId: string;
  readonly amountCents: number;
  /**
   * The step of the application the amount was reserved against (applicationStepOf). Only a grant of the
   * application at that step may use the reservation, and it may be released only once the application has
   * moved past that step without being granted: see reserveGrant and releaseStaleGrant. Absent in
   * reservations made before steps were recorded.
   */
  readonly applicationStep?: string;
}

/** What the round reads of an application to reserve for it or to release its reservation, read fresh. */
export interface ReservingApplication {
  readonly applicationId: string;
  readonly granted: boolean;
  readonly undecided: boolean;
  /** applicationStepOf the application: never the same for two of its versions, never back to an old one. */
  readonly step: string;
}

/**
 * A subsidy round (subsidieregeling) for one school year. It is the aggregate every grant passes through: one
 * stream, so the store's version check serialises grants and the budget and the maximum number of grants
 * can never be exceeded, however many officers grant at once.
 */
export interface SubsidyRoundState {
  readonly roundId: string;
  readonly schoolYear: string;
  /** ISO 8601 UTC; applications are taken from this moment on. */
  readonly opensAt: string;
  /** ISO 8601 UTC; applications are taken until just before this moment. */
  readonly closesAt: string;
  readonly budgetCents: number;
  readonly maxGrants: number;
  readonly activityAmounts: readonly ActivityAmount[];
  readonly grantedCents: number;
  readonly grantedCount: number;
  readonly grants: readonly RoundGrant[];
}

export type SubsidyRoundOpened = DomainEvent<'SubsidyRoundOpened'>;

/** Opens a round: its school year, application period, budget, maximum number of grants and amounts. */
export function openSubsidyRound(
  current: SubsidyRoundState | undefined,
  input: {
    readonly roundId: string;
    readonly schoolYear: string;
    readonly opensAt: Date;
    readonly closesAt: Date;
    readonly budgetCents: number;
    readonly maxGrants: number;
    readonly activityAmounts: readonly ActivityAmount[];
  },
): Decision<SubsidyRoundState, SubsidyRoundOpened> {
  if (current) throw new RoundError('ROUND.ALREADY_OPENED', `Round ${current.roundId} was already opened`);
  if (!isSchoolYear(input.schoolYear)) {
    throw new RoundError(
      'ROUND.INVALID_SCHOOL_YEAR',
      'A school year spans two consecutive years, e.g. 2025-2026',
    );
  }
  if (!isMoment(input.opensAt) || !isMoment(input.closesAt) || input.closesAt <= input.opensAt) {
    throw new RoundError('ROUND.INVALID_PERIOD', 'A round closes after it opens');
  }
  if (!Number.isInteger(input.budgetCents) || input.budgetCents < 0) {
    throw new RoundError('ROUND.INVALID_BUDGET', 'The budget is a whole number of cents, 0 or more');
  }
  if (!Number.isInteger(input.maxGrants) || input.maxGrants < 1) {
    throw new RoundError('ROUND.INVALID_MAX_GRANTS', 'A round grants at least one application');
  }
  const activityAmounts = input.activityAmounts.map(({ activity, maxAmountCents }) => ({
    activity,
    maxAmountCents,
  }));
  const problems = activityAmountProblems(activityAmounts);
  if (problems.length > 0) {
    throw new RoundError(
      'ROUND.INVALID_ACTIVITY_AMOUNTS',
      `The amounts per activity: ${problems.join('; ')}`,
      {
        problems,
      },
    );
  }
  const opened = {
    roundId: input.roundId,
    schoolYear: input.schoolYear,
    opensAt: input.opensAt.toISOString(),
    closesAt: input.closesAt.toISOString(),
    budgetCents: input.budgetCents,
    maxGrants: input.maxGrants,
    activityAmounts,
  };
  return {
    state: { ...opened, grantedCents: 0, grantedCount: 0, grants: [] },
    events: [
      domainEvent('SubsidyRoundOpened', {
        ...opened,
        activityAmounts: activityAmounts.map((a) => ({ ...a })),
      }),
    ],
  };
}

/** Whether the round takes applications at `moment`: from its opening up to (not including) its close. */
export function isOpenAt(round: Pick<SubsidyRoundState, 'opensAt' | 'closesAt'>, moment: Date): boolean {
  const at = moment.getTime();
  return Date.parse(round.opensAt) <= at && at < Date.parse(round.closesAt);
}

/** The most the round grants a school for the activity, or undefined when the round does not offer it. */
export function roundMaximumFor(round: SubsidyRoundState, activity: Activity): number | undefined {
  return round.activityAmounts.find((amount) => amount.activity === activity)?.maxAmountCents;
}

/**
 * Reserves `amountCents` of the budget for a granted application. Decided on the round's stream, so two
 * officers granting at once cannot both take the last of the budget: the loser decides again and is refused.
 * No event: SubsidyGranted is the application's.
 */
export function decideGrant(
  round: SubsidyRoundState | undefined,
  applicationId: string,
  amountCents: number,
): Decision<SubsidyRoundState, never> {
  const found = mustExist(round);
  if (found.grants.some((grant) => grant.applicationId === applicationId)) {
    throw new RoundError(
      'ROUND.ALREADY_GRANTED',
      `Application ${applicationId} was already granted in this round`,
      {
        applicationId,
      },
    );
  }
  if (!Number.isInteger(amountCents) || amountCents <= 0) {
    throw new RoundError('ROUND.INVALID_AMOUNT', 'A grant is a positive whole number of cents', {
      amountCents,
    });
  }
  if (found.grantedCount >= found.maxGrants) {
    throw new RoundError(
      'ROUND.MAX_GRANTS_REACHED',
      `The round has granted its maximum of ${found.maxGrants}`,
      {
        maxGrants: found.maxGrants,
      },
    );
  }
  const remainingCents = found.budgetCents - found.grantedCents;
  if (amountCents > remainingCents) {
    throw new RoundError('ROUND.BUDGET_EXHAUSTED', 'The rest of the budget does not cover the amount', {
      amountCents,
      remainingCents,
    });
  }
  return { state: withGrants(found, [...found.grants, { applicationId, amountCents }]), events: [] };
}

/**
 * Reserves `amountCents` for the application at the step it has now (read fresh, inside the round's decision).
 * A reservation made at this very step is the one to use (a retry, or a second officer): nothing to decide, or
 * ROUND.ALREADY_GRANTED for another amount. A reservation made at an earlier step is stale, since no grant can
 * use it any more, and is replaced. A granted application keeps what it holds; one that can no longer be
 * granted gets nothing (its grant is then refused by the application itself).
 */
export function reserveGrant(
  round: SubsidyRoundState | undefined,
  application: ReservingApplication,
  amountCents: number,
): Decision<SubsidyRoundState, never> | undefined {
  const found = mustExist(round);
  if (application.granted || !application.undecided) return undefined;
  const { applicationId, step } = application;
  const held = found.grants.find((grant) => grant.applicationId === applicationId);
  if (held && (held.applicationStep === undefined || held.applicationStep === step)) {
    return held.amountCents === amountCents ? undefined : decideGrant(found, applicationId, amountCents);
  }
  const withoutStale = held
    ? withGrants(
        found,
        found.grants.filter((grant) => grant !== held),
      )
    : found;
  const decided = decideGrant(withoutStale, applicationId, amountCents);
  return {
    state: withGrants(
      decided.state,
      decided.state.grants.map((grant) =>
        grant.applicationId === applicationId ? { ...grant, applicationStep: step } : grant,
      ),
    ),
    events: [],
  };
}

/**
 * Gives back a reservation no grant can use any more: the application (read fresh, inside the round's
 * decision) has moved past the step it was reserved at, and is not granted. Since steps never come back, once
 * that is seen it stays true, so a grant racing with the release can never mark the application granted on
 * the reservation being given back: it would need the application at the old step, and that version's
 * successor is already stored (a unique key). A reservation without a step (made before steps were
 * recorded) goes back once the application is not granted, as before. Nothing to decide otherwise.
 */
export function releaseStaleGrant(
  round: SubsidyRoundState | undefined,
  application: ReservingApplication,
): Decision<SubsidyRoundState, never> | undefined {
  const found = mustExist(round);
  const held = found.grants.find((grant) => grant.applicationId === application.applicationId);
  if (!held || application.granted) return undefined;
  if (held.applicationStep !== undefined && held.applicationStep === application.step) return undefined;
  return releaseGrant(found, application.applicationId);
}

/**
 * Gives a reservation back, for when the application could not be marked granted after its amount was
 * reserved (it was withdrawn in between). Nothing to decide when the application holds no reservation.
 */
export function releaseGrant(
  round: SubsidyRoundState | undefined,
  applicationId: string,
): Decision<SubsidyRoundState, never> | undefined {
  const found = mustExist(round);
  const grants = found.grants.filter((grant) => grant.applicationId !== applicationId);
  if (grants.length === found.grants.length) return undefined;
  return { state: withGrants(found, grants), events: [] };
}

export interface BudgetStatus {
  readonly budgetCents: number;
  /** Reserved by granted applications. */
  readonly grantedCents: number;
  readonly grantedCount: number;
  readonly grantsLeft: number;
  /** Asked for by applications still undecided: a claim that may come, not yet taken from the budget. */
  readonly reservedCents: number;
  /** The budget not granted. */
  readonly remainingCents: number;
  /** What would remain if every undecided application were granted in full; negative when oversubscribed. */
  readonly remainingAfterReservedCents: number;
}

/** Where the budget stands; pass the amounts of the round's undecided applications to see the pipeline. */
export function budgetStatus(
  round: SubsidyRoundState,
  undecidedRequestedCents: readonly number[] = [],
): BudgetStatus {
  const reservedCents = undecidedRequestedCents.reduce((sum, cents) => sum + cents, 0);
  const remainingCents = round.budgetCents - round.grantedCents;
  return {
    budgetCents: round.budgetCents,
    grantedCents: round.grantedCents,
    grantedCount: round.grantedCount,
    grantsLeft: round.maxGrants - round.grantedCount,
    reservedCents,
    remainingCents,
    remainingAfterReservedCents: remainingCents - reservedCents,
  };
}

function withGrants(round: SubsidyRoundState, grants: readonly RoundGrant[]): SubsidyRoundState {
  return {
    ...round,
    grants,
    grantedCount: grants.length,
    grantedCents: grants.reduce((sum, grant) => sum + grant.amountCents, 0),
  };
}

function mustExist(round: SubsidyRoundState | undefined): SubsidyRoundState {
  if (!round) throw new RoundError('ROUND.NOT_FOUND', 'The subsidy round does not exist');
  return round;
}

function activityAmountProblems(amounts: readonly ActivityAmount[]): string[] {
  if (amounts.length === 0) return ['name the amount of at least one activity'];
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const { activity, maxAmountCents } of amounts) {
    if (!(ACTIVITIES as readonly unknown[]).includes(activity))
      problems.push(`unknown activity ${String(activity)}`);
    else if (seen.has(activity)) problems.push(`${activity} is listed twice`);
    seen.add(activity);
    if (!Number.isInteger(maxAmountCents) || maxAmountCents < 0) {
      problems.push(`${String(activity)}: the amount is a whole number of cents, 0 or more`);
    }
  }
  return problems;
}
