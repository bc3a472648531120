import type { Activity } from '@okr/contracts';
import {
  catalogueEntryOf,
  checkRequestedAmount,
  type ActivityCatalogue,
  type SubsidyAmountRule,
} from './activity-catalogue.value-object';
import { dayOf, isMoment, type CalendarDay } from './calendar-day.value-object';
import { factOrderViolation } from './fact-order.rules';
import { latestIntakeFor, type IntakeState } from './intake.entity';
import type { SchoolState } from './school.entity';
import { ApplicationError, type ApplicationErrorCode } from './subsidy-application.errors';
import { isOpenAt, roundMaximumFor, type SubsidyRoundState } from './subsidy-round.entity';

/** What a school asks for. */
export interface ApplicationRequest {
  readonly activity: Activity;
  readonly requestedAmountCents: number;
  readonly submittedAt: Date;
}

/** The facts the rules read; the handler loads them before deciding. */
export interface EligibilityContext {
  readonly school: SchoolState;
  readonly round: SubsidyRoundState;
  readonly catalogue: ActivityCatalogue;
  /** The school's intakes (others are ignored). */
  readonly intakes: readonly IntakeState[];
  /** The school's applications (others are ignored). */
  readonly applications: readonly ApplicationForDuplicateCheck[];
  /**
   * The days of the help desk's exploratory conversations with the school: one on or before the day of
   * submission is mandatory. The handler knows them from the school's inquiries (by BRIN, or through the
   * intake's inquiry id for a school that asked before it was registered).
   */
  readonly exploratoryConversationsOn: readonly CalendarDay[];
}

export interface ApplicationForDuplicateCheck {
  readonly applicationId: string;
  readonly brin: string;
  readonly activity: Activity;
  readonly roundId: string;
  readonly status: string;
}

export interface EligibilityProblem {
  readonly code: ApplicationErrorCode;
  readonly message: string;
  readonly details?: Readonly<Record<string, unknown>>;
}

/** An application that still counts: not rejected and not withdrawn (a granted one counts). */
export function isLive(application: Pick<ApplicationForDuplicateCheck, 'status'>): boolean {
  return application.status !== 'rejected' && application.status !== 'withdrawn';
}

type Rule = (request: ApplicationRequest, context: EligibilityContext) => EligibilityProblem | undefined;

const roundOpen: Rule = ({ submittedAt }, { round }) =>
  isOpenAt(round, submittedAt)
    ? undefined
    : {
        code: 'APPLICATION.ROUND_CLOSED',
        message: 'The subsidy round does not take applications at this moment',
        details: { opensAt: round.opensAt, closesAt: round.closesAt },
      };

const activityOffered: Rule = ({ activity }, { catalogue, round }) =>
  catalogueEntryOf(catalogue, activity) !== undefined && roundMaximumFor(round, activity) !== undefined
    ? undefined
    : {
        code: 'APPLICATION.ACTIVITY_NOT_OFFERED',
        message: `The round does not offer ${activity}`,
        details: { activity },
      };

/**
 * The rules read the facts as they stood on the day of submission: a conversation or intake recorded today
 * but held after that day did not exist yet. One held later still is named as a day out of order rather
 * than as missing, since the desk most likely dated one of the two wrongly.
 */
function submittedOnOf({ submittedAt }: ApplicationRequest): CalendarDay | undefined {
  return isMoment(submittedAt) ? dayOf(submittedAt) : undefined;
}

const conversationHeld: Rule = (_request, { exploratoryConversationsOn }) =>
  exploratoryConversationsOn.length > 0
    ? undefined
    : {
        code: 'APPLICATION.NO_EXPLORATORY_CONVERSATION',
        message: 'The help desk holds an exploratory conversation with the school before it applies',
      };

const afterConversation: Rule = (request, { exploratoryConversationsOn }) => {
  const submittedOn = submittedOnOf(request);
  if (submittedOn === undefined || exploratoryConversationsOn.length === 0) return undefined;
  const first = exploratoryConversationsOn.reduce((earliest, day) => (day < earliest ? day : earliest));
  const violation = factOrderViolation('application-after-conversation', submittedOn, first);
  if (!violation) return undefined;
  const { message, ...details } = violation;
  return { code: 'APPLICATION.DATE_OUT_OF_ORDER', message, details };
};

/** The intake that counted on the day of submission: the latest held on or before it. */
function intakeAsOf(
  request: ApplicationRequest,
  { school, intakes }: EligibilityContext,
): IntakeState | undefined {
  const submittedOn = submittedOnOf(request);
  const held = submittedOn === undefined ? intakes : intakes.filter((intake) => intake.heldOn <= submittedOn);
  return latestIntakeFor(held, school.brin, request.activity);
}

const fitIntake: Rule = (request, context) =>
  intakeAsOf(request, context)?.outcome === 'fit' ||
  // A fit found only after the day: application-after-intake names that.
  latestIntakeFor(context.intakes, context.school.brin, request.activity)?.outcome === 'fit'
    ? undefined
    : {
        code: 'APPLICATION.NO_FIT_INTAKE',
        message: `The pillar has not found ${request.activity} a fit for the school in an intake`,
        details: { activity: request.activity },
      };

const afterIntake: Rule = (request, context) => {
  const submittedOn = submittedOnOf(request);
  const latest = latestIntakeFor(context.intakes, context.school.brin, request.activity);
  if (submittedOn === undefined || latest?.outcome !== 'fit') return undefined;
  if (intakeAsOf(request, context)?.outcome === 'fit') return undefined;
  const violation = factOrderViolation('application-after-intake', submittedOn, latest.heldOn);
  if (!violation) return undefined;
  const { message, ...details } = violation;
  return {
    code: 'APPLICATION.DATE_OUT_OF_ORDER',
    message,
    details: { ...details, activity: request.activity },
  };
};

const sectorAllowed: Rule = ({ activity }, { school, catalogue }) => {
  const entry = catalogueEntryOf(catalogue, activity);
  return !entry || entry.allowedSectors.includes(school.profile.sector)
    ? undefined
    : {
        code: 'APPLICATION.SECTOR_NOT_ALLOWED',
        message: `${activity} is not open to ${school.profile.sector} schools`,
        details: { activity, sector: school.profile.sector, allowedSectors: entry.allowedSectors },
      };
};

const amountAllowed: Rule = ({ activity, requestedAmountCents }, { school, catalogue, round }) => {
  const entry = catalogueEntryOf(catalogue, activity);
  const roundMaximum = roundMaximumFor(round, activity);
  if (!entry || roundMaximum === undefined) return undefined;
  const check = checkRequestedAmount(entry.amountRule, requestedAmountCents, school.profile);
  // Both limits are named when both fail, and a catalogue that asks more than the round grants says so: then
  // no amount passes, and only an administrator can help.
  const reasons = [
    ...(check.allowed ? [] : [`the catalogue: ${check.reason}`]),
    ...(requestedAmountCents > roundMaximum
      ? [`the round: at most ${euros(roundMaximum)} for ${activity}`]
      : []),
    ...(smallestAllowedCents(entry.amountRule) > roundMaximum
      ? [
          `no amount can pass: the catalogue asks at least ${euros(smallestAllowedCents(entry.amountRule))}, ` +
            `the round grants at most ${euros(roundMaximum)}`,
        ]
      : []),
  ];
  return reasons.length === 0
    ? undefined
    : {
        code: 'APPLICATION.AMOUNT_NOT_ALLOWED',
        message: `The amount of ${euros(requestedAmountCents)} is not allowed by ${reasons.join('; ')}`,
        details: {
          activity,
          requestedAmountCents,
          amountRule: entry.amountRule,
          roundMaximumCents: roundMaximum,
        },
      };
};

/** Cents as the help desk reads them: 4000000 → €40,000.00. */
function euros(cents: number): string {
  return `€${(cents / 100).toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

/** The least a school can ask under the rule: the fixed amount, or a cent. */
function smallestAllowedCents(rule: SubsidyAmountRule): number {
  return rule.kind === 'fixed' ? rule.amountCents : 1;
}

const notDuplicate: Rule = ({ activity }, { school, round, applications }) => {
  const live = applications.find(
    (application) =>
      application.brin === school.brin &&
      application.activity === activity &&
      application.roundId === round.roundId &&
      isLive(application),
  );
  return live === undefined
    ? undefined
    : {
        code: 'APPLICATION.DUPLICATE',
        message: `The school already has an application for ${activity} in this round`,
        details: { applicationId: live.applicationId, status: live.status },
      };
};

// Checked in this order, so that the first problem is the one the school can do least about. Each rule's name
// is in the title and details of the problem it raises, so the desk can tell which rule failed.
const RULES = {
  'round-open': roundOpen,
  'activity-offered': activityOffered,
  'conversation-held': conversationHeld,
  'application-after-conversation': afterConversation,
  'fit-intake': fitIntake,
  'application-after-intake': afterIntake,
  'sector-allowed': sectorAllowed,
  'amount-allowed': amountAllowed,
  'one-live-application': notDuplicate,
} as const satisfies Record<string, Rule>;
export type EligibilityRule = keyof typeof RULES;

/** Every rule the request breaks, in the order above; empty when the school may apply. */
export function eligibilityProblems(
  request: ApplicationRequest,
  context: EligibilityContext,
): EligibilityProblem[] {
  return Object.entries(RULES).flatMap(([name, rule]) => {
    const problem = rule(request, context);
    return problem === undefined
      ? []
      : [
          {
            ...problem,
            message: `${problem.message} (rule: ${name})`,
            // A rule that names a finer rule of its own (a fact-order rule) keeps it.
            details: { rule: name, ...problem.details },
          },
        ];
  });
}

/** Throws the first broken rule as an ApplicationError with its code. */
export function assertEligible(request: ApplicationRequest, context: EligibilityContext): void {
  const [first] = eligibilityProblems(request, context);
  if (first) throw new ApplicationError(first.code, first.message, first.details);
}
