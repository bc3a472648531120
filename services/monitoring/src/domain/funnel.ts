import { daysBetween, dayOf } from './calendar';
import { percentOf, roundOne } from './figures';
import { isEnrolled } from './projections/enrolment/participation.projection';
import type { MonitoringState } from './monitoring-state';
import type { ApplicationFact } from './projections/enrolment/application.projection';
import type { InquiryFact } from './projections/enrolment/inquiry.projection';
import type { IntakeFact } from './projections/enrolment/intake.projection';
import type { FunnelStep, FunnelView } from './views';

// The route from a school's first question to its enrolment. Each step counts its own records; the days
// between steps are taken over the records where both ends are known, joined as follows:
// - inquiry received → conversation → referral: within one inquiry (receivedAt, conversationOn, referredAt);
// - referral → fit intake: the referral of the intake's inquiryId; when the intake names no inquiry, or that
//   inquiry has no referral to activities, the earliest referral of the same BRIN naming the intake's
//   activity, on or before the intake (a later one cannot have led to it);
// - fit intake → application: the earliest fit intake of the same BRIN and activity on or before the day
//   the application was submitted;
// - application → grant, and grant → enrolment: by applicationId (the enrolment carries it, when it came
//   from an application).
// Enrolments are participations with a SchoolEnrolled (one per school, activity and school year), not
// distinct schools: the funnel follows applications, and a school can come through it more than once.

export type StepName = FunnelStep['step'];

/** The steps in the order of the route. */
export const FUNNEL_STEPS: readonly StepName[] = [
  'inquiries',
  'conversations',
  'referrals',
  'fit-intakes',
  'applications',
  'grants',
  'enrolments',
];

interface StepRecords {
  step: StepName;
  count: number;
  /** Days from the previous step, one entry per record where both ends are known. */
  days: number[];
}

/** The funnel as of the state. */
export function funnelOf(state: MonitoringState): FunnelView {
  const inquiries = Object.values(state.inquiries);
  const fitIntakes = Object.values(state.intakes).filter((intake) => intake.outcome === 'fit');
  const applications = Object.values(state.applications);
  const steps: StepRecords[] = [
    {
      step: 'inquiries',
      count: inquiries.filter((inquiry) => inquiry.receivedAt !== undefined).length,
      days: [],
    },
    conversationStep(inquiries),
    referralStep(inquiries),
    fitIntakeStep(fitIntakes, state),
    applicationStep(applications, fitIntakes),
    grantStep(applications),
    enrolmentStep(state),
  ];
  return funnelView(steps.map(({ step, count, days }) => ({ step, count, medianDays: median(days) })));
}

/** The funnel from each step's count and median days from the previous step, with the conversion rates. */
export function funnelView(
  steps: ReadonlyArray<{ step: StepName; count: number; medianDays: number | null }>,
): FunnelView {
  return {
    steps: steps.map((records, index) => {
      const previous = index === 0 ? undefined : steps[index - 1];
      return {
        step: records.step,
        count: records.count,
        conversionPercent: previous === undefined ? null : percentOf(records.count, previous.count),
        medianDaysFromPrevious: records.medianDays,
      };
    }),
  };
}

function conversationStep(inquiries: readonly InquiryFact[]): StepRecords {
  const held = inquiries.filter((inquiry) => inquiry.conversationOn !== undefined);
  return {
    step: 'conversations',
    count: held.length,
    days: held.flatMap(({ receivedAt, conversationOn }) => daysIfBoth(receivedAt, conversationOn)),
  };
}

function referralStep(inquiries: readonly InquiryFact[]): StepRecords {
  const referred = inquiries.filter((inquiry) => inquiry.referredAt !== undefined);
  return {
    step: 'referrals',
    count: referred.length,
    days: referred.flatMap(({ conversationOn, referredAt }) => daysIfBoth(conversationOn, referredAt)),
  };
}

function fitIntakeStep(fitIntakes: readonly IntakeFact[], state: MonitoringState): StepRecords {
  const referredByBrin = groupBy(
    Object.values(state.inquiries).filter(
      (inquiry) => inquiry.referredAt !== undefined && inquiry.brin !== undefined,
    ),
    (inquiry) => inquiry.brin ?? '',
  );
  const referralOf = (intake: IntakeFact): string | undefined => {
    const own = intake.inquiryId === undefined ? undefined : state.inquiries[intake.inquiryId]?.referredAt;
    return own ?? earliestReferralOfBrin(referredByBrin.get(intake.brin) ?? [], intake);
  };
  return {
    step: 'fit-intakes',
    count: fitIntakes.length,
    days: fitIntakes.flatMap((intake) => daysIfBoth(referralOf(intake), intake.heldOn)),
  };
}

/** The day of the earliest of the fit intakes (of the application's BRIN and activity) on or before its submission. */
export function fitIntakeBefore(
  application: ApplicationFact,
  fitIntakes: readonly IntakeFact[],
): string | undefined {
  const { submittedAt } = application;
  if (submittedAt === undefined) return undefined;
  const submittedOn = dayOf(submittedAt);
  return earliestOf(fitIntakes.map((intake) => intake.heldOn).filter((heldOn) => heldOn <= submittedOn));
}

/** The earliest referral among a BRIN's inquiries naming the intake's activity, on or before the intake. */
export function earliestReferralOfBrin(
  inquiries: readonly InquiryFact[],
  intake: IntakeFact,
): string | undefined {
  return earliestOf(
    inquiries
      .filter((inquiry) => inquiry.referredActivities?.includes(intake.activity) === true)
      .map((inquiry) => inquiry.referredAt)
      .filter((referredAt) => referredAt !== undefined && dayOf(referredAt) <= intake.heldOn),
  );
}

function applicationStep(
  applications: readonly ApplicationFact[],
  fitIntakes: readonly IntakeFact[],
): StepRecords {
  const submitted = applications.filter((application) => application.submittedAt !== undefined);
  const fitByBrinActivity = groupBy(fitIntakes, (intake) => `${intake.brin}|${intake.activity}`);
  const fitIntakeOf = (application: ApplicationFact): string | undefined =>
    fitIntakeBefore(application, fitByBrinActivity.get(`${application.brin}|${application.activity}`) ?? []);
  return {
    step: 'applications',
    count: submitted.length,
    days: submitted.flatMap((application) => daysIfBoth(fitIntakeOf(application), application.submittedAt)),
  };
}

function grantStep(applications: readonly ApplicationFact[]): StepRecords {
  const granted = applications.filter((application) => application.grantedOn !== undefined);
  return {
    step: 'grants',
    count: granted.length,
    days: granted.flatMap(({ submittedAt, grantedOn }) => daysIfBoth(submittedAt, grantedOn)),
  };
}

function enrolmentStep(state: MonitoringState): StepRecords {
  const enrolled = Object.values(state.participations).filter(isEnrolled);
  const grantOf = (applicationId: string | undefined): string | undefined =>
    applicationId === undefined ? undefined : state.applications[applicationId]?.grantedOn;
  return {
    step: 'enrolments',
    count: enrolled.length,
    days: enrolled.flatMap((participation) =>
      daysIfBoth(grantOf(participation.applicationId), participation.enrolledAt),
    ),
  };
}

/** The days between two moments as a list of one, or none when either is unknown. */
export function daysIfBoth(from: string | undefined, to: string | undefined): number[] {
  return from === undefined || to === undefined ? [] : [daysBetween(from, to)];
}

/** The middle value (the mean of the two middle ones for an even count), one decimal; null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return roundOne(sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? upper) + upper) / 2);
}

function earliestOf(values: ReadonlyArray<string | undefined>): string | undefined {
  return values.reduce<string | undefined>(
    (earliest, value) =>
      value !== undefined && (earliest === undefined || value < earliest) ? value : earliest,
    undefined,
  );
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(keyOf(item));
    if (group === undefined) groups.set(keyOf(item), [item]);
    else group.push(item);
  }
  return groups;
}
