import {
  ACTIVITIES,
  BRIN_PATTERN,
  INTAKE_OUTCOMES,
  PILLAR_OF_ACTIVITY,
  type Activity,
  type IntakeOutcome,
  type Pillar,
} from '@okr/contracts';
import { isCalendarDay, type CalendarDay } from './calendar-day.value-object';
import { domainEvent, type Decision, type DomainEvent } from './enrolment-event.value-object';
import { assertFactOrder, type FactOrderViolation } from './fact-order.rules';
import type { InquiryState } from './inquiry.entity';
import { IntakeError } from './intake.errors';

/** The pillar's intake of a school for one activity, recorded once it reached an outcome. */
export interface IntakeState {
  readonly intakeId: string;
  readonly brin: string;
  readonly activity: Activity;
  readonly pillar: Pillar;
  readonly outcome: IntakeOutcome;
  /** The pillar's notes: kept here, never in the event. */
  readonly notes: string;
  /** The day of the (last) intake conversation. */
  readonly heldOn: CalendarDay;
  readonly inquiryId?: string;
}

export type IntakeCompleted = DomainEvent<'IntakeCompleted'>;

/** What an intake is checked against: the inquiry it follows, when it names one. */
export interface IntakeContext {
  readonly inquiry?: Pick<InquiryState, 'inquiryId' | 'brin' | 'receivedOn' | 'referral'>;
}

/**
 * Records the outcome of an intake: the activity fits the school, or not. An intake that names its inquiry
 * is of that inquiry's school (when the inquiry has one) and is held on or after the inquiry came in and was
 * referred.
 */
export function completeIntake(
  current: IntakeState | undefined,
  input: {
    readonly intakeId: string;
    readonly brin: string;
    readonly activity: Activity;
    readonly outcome: IntakeOutcome;
    readonly notes: string;
    readonly heldOn: CalendarDay;
    readonly inquiryId?: string;
  },
  context: IntakeContext = {},
): Decision<IntakeState, IntakeCompleted> {
  if (current) {
    throw new IntakeError('INTAKE.ALREADY_COMPLETED', `Intake ${current.intakeId} was already completed`);
  }
  if (!BRIN_PATTERN.test(input.brin)) {
    throw new IntakeError('INTAKE.INVALID_BRIN', 'A BRIN is two digits and two capital letters, e.g. 12AB');
  }
  if (!(ACTIVITIES as readonly unknown[]).includes(input.activity)) {
    throw new IntakeError('INTAKE.UNKNOWN_ACTIVITY', `Unknown activity ${String(input.activity)}`);
  }
  if (!(INTAKE_OUTCOMES as readonly unknown[]).includes(input.outcome)) {
    throw new IntakeError('INTAKE.INVALID_OUTCOME', 'The outcome of an intake is fit or no-fit');
  }
  if (!isCalendarDay(input.heldOn)) {
    throw new IntakeError('INTAKE.INVALID_DATE', 'The day of the intake must be a day written YYYY-MM-DD');
  }
  if (context.inquiry) assertFollowsInquiry(input, context.inquiry);
  const pillar = PILLAR_OF_ACTIVITY[input.activity];
  const inquiry = input.inquiryId !== undefined ? { inquiryId: input.inquiryId } : {};
  const state: IntakeState = {
    intakeId: input.intakeId,
    brin: input.brin,
    activity: input.activity,
    pillar,
    outcome: input.outcome,
    notes: input.notes.trim(),
    heldOn: input.heldOn,
    ...inquiry,
  };
  return {
    state,
    events: [
      domainEvent('IntakeCompleted', {
        intakeId: input.intakeId,
        brin: input.brin,
        activity: input.activity,
        pillar,
        outcome: input.outcome,
        heldOn: input.heldOn,
        ...inquiry,
      }),
    ],
  };
}

/**
 * The intake that counts for a school and activity: the most recent one, since a pillar may hold a new intake
 * after an earlier no-fit (or find a fit no longer fits). Of two on the same day, a no-fit counts, so a
 * contradiction never lets an application through.
 */
export function latestIntakeFor<T extends IntakeState>(
  intakes: readonly T[],
  brin: string,
  activity: Activity,
): T | undefined {
  const rank = (intake: T): string => `${intake.heldOn}|${intake.outcome === 'no-fit' ? 1 : 0}`;
  return intakes
    .filter((intake) => intake.brin === brin && intake.activity === activity)
    .reduce<T | undefined>(
      (latest, intake) => (!latest || rank(intake) > rank(latest) ? intake : latest),
      undefined,
    );
}

function assertFollowsInquiry(
  intake: { readonly brin: string; readonly heldOn: CalendarDay },
  inquiry: NonNullable<IntakeContext['inquiry']>,
): void {
  // An inquiry of a school not yet registered has no BRIN: the intake is where the school is named.
  if (inquiry.brin !== undefined && inquiry.brin !== intake.brin) {
    throw new IntakeError(
      'INTAKE.SCHOOL_MISMATCH',
      `The intake is of school ${intake.brin}, its inquiry of school ${inquiry.brin}`,
      { inquiryId: inquiry.inquiryId, inquiryBrin: inquiry.brin, brin: intake.brin },
    );
  }
  const raise = ({ message, ...details }: FactOrderViolation): IntakeError =>
    new IntakeError('INTAKE.DATE_OUT_OF_ORDER', message, { ...details, inquiryId: inquiry.inquiryId });
  assertFactOrder('intake-after-inquiry', intake.heldOn, inquiry.receivedOn, raise);
  if (inquiry.referral) {
    assertFactOrder('intake-after-referral', intake.heldOn, inquiry.referral.referredOn, raise);
  }
}
