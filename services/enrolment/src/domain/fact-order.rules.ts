import { isCalendarDay, type CalendarDay } from './calendar-day.value-object';

/**
 * No fact is dated before the step it follows. Each rule has a stable name that the error raised for it carries
 * (`details.rule`, and its title), so the help desk sees which rule a day broke; the error's code stays the
 * aggregate's `<AGGREGATE>.DATE_OUT_OF_ORDER`. A fact on the same day as the step before it is in order.
 */
export const FACT_ORDER_RULES = {
  'conversation-after-receipt': 'an exploratory conversation is held on or after the day the inquiry came in',
  'referral-after-conversation': 'a referral follows the last exploratory conversation',
  'closing-after-last-step': 'an inquiry is closed on or after its last step',
  'intake-after-inquiry': 'an intake is held on or after the day its inquiry came in',
  'intake-after-referral': 'an intake is held on or after the day its inquiry was referred',
  'application-after-conversation':
    'an application is submitted on or after an exploratory conversation with the school',
  'application-after-intake':
    'an application is submitted on or after the intake that found the activity a fit',
  'information-request-after-application':
    'more information is asked for on or after the application and its last step',
  'resubmission-after-request': 'a supplement comes on or after the request for it',
  'decision-after-application': 'a decision is taken on or after the application and its last step',
  'withdrawal-after-application': 'an application is withdrawn on or after its last step',
  'start-after-enrolment': 'a participation starts on or after the grant that enrolled the school',
  'completion-after-start': 'a participation is completed on or after it started',
  'withdrawal-after-start': 'a school withdraws on or after it was enrolled and started',
  'coach-trained-after-enrolment': "a trajectory's expert coach is trained on or after the enrolment",
  'assessment-after-completion':
    'sustainability is assessed a year or more after the trajectory was completed',
} as const;
export type FactOrderRule = keyof typeof FACT_ORDER_RULES;

/** A day out of order: the rule, the day and the earliest day it allows. */
export interface FactOrderViolation {
  readonly rule: FactOrderRule;
  readonly day: CalendarDay;
  readonly earliest: CalendarDay;
  /** A title naming the rule, for the problem details. */
  readonly message: string;
}

/** The violation when `day` comes before `earliest` under `rule`; undefined when it is in order. */
export function factOrderViolation(
  rule: FactOrderRule,
  day: CalendarDay,
  earliest: CalendarDay,
): FactOrderViolation | undefined {
  // A day that is not one is reported by the caller's own INVALID_DATE check; only real days are compared.
  if (!isCalendarDay(day) || !isCalendarDay(earliest) || day >= earliest) return undefined;
  return {
    rule,
    day,
    earliest,
    message: `Out of order (${rule}): ${FACT_ORDER_RULES[rule]}; ${day} is before ${earliest}`,
  };
}

/** Throws the error `raise` makes of a violation of `rule`, if there is one. */
export function assertFactOrder(
  rule: FactOrderRule,
  day: CalendarDay,
  earliest: CalendarDay,
  raise: (violation: FactOrderViolation) => Error,
): void {
  const violation = factOrderViolation(rule, day, earliest);
  if (violation) throw raise(violation);
}
