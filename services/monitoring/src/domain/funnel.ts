import { daysBetween, dayOf, schoolYearOf } from './calendar';
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

/** What each step counts, as the response says it; a record is in the school year of its own day. */
export const FUNNEL_STEP_DEFINITIONS: Readonly<Record<StepName, string>> = {
  inquiries: 'inquiries received, in the school year of the day they came in',
  conversations: 'inquiries with an exploratory conversation, in the school year of the first conversation',
  referrals:
    'inquiries referred to an activity of the programme (not those referred only outside it), in the school ' +
    'year of the first such referral; the variants count both',
  'fit-intakes':
    'intakes that found the activity a fit for the school (not the no-fits), in the school year of the ' +
    'intake; the variants count both',
  applications: 'subsidy applications submitted, in the school year of the day of submission',
  grants: 'applications granted, in the school year of the decision',
  enrolments:
    'participations with an enrolment (one per school, activity and school year), in the school year of the enrolment',
};

/** The other counts a step is asked for, next to its own. */
export type VariantName = 'to-activities' | 'also-outside-programme' | 'fit-only' | 'all-intakes';

export const FUNNEL_VARIANT_DEFINITIONS: Readonly<Record<VariantName, string>> = {
  'to-activities': 'inquiries referred to an activity of the programme (the step itself)',
  'also-outside-programme': 'inquiries referred to an activity or outside the programme',
  'fit-only': 'intakes with the outcome fit (the step itself)',
  'all-intakes': 'intakes with any outcome, fit or no fit',
};

/** The variants each step shows, in order. */
export const FUNNEL_VARIANTS_OF: Readonly<Partial<Record<StepName, readonly VariantName[]>>> = {
  referrals: ['to-activities', 'also-outside-programme'],
  'fit-intakes': ['fit-only', 'all-intakes'],
};

/** A record counted in a funnel step or variant: the school year of its day, and the days from the step before. */
export interface StepEntry {
  year: string | undefined;
  days: number[];
}

interface StepRecords {
  step: StepName;
  entries: StepEntry[];
  variants: Partial<Record<VariantName, StepEntry[]>>;
}

/** What the view is made of, per step: its count, median days and the counts of its variants. */
export interface StepFigures {
  step: StepName;
  count: number;
  medianDays: number | null;
  variants?: Partial<Record<VariantName, number>>;
}

/** The funnel as of the state: over all years, and per school year. */
export function funnelOf(state: MonitoringState): FunnelView {
  const inquiries = Object.values(state.inquiries);
  const intakes = Object.values(state.intakes);
  const fitIntakes = intakes.filter((intake) => intake.outcome === 'fit');
  const applications = Object.values(state.applications);
  const steps: StepRecords[] = [
    {
      step: 'inquiries',
      entries: inquiries.flatMap(({ receivedAt }) => entryOf(receivedAt, [])),
      variants: {},
    },
    conversationStep(inquiries),
    referralStep(inquiries),
    fitIntakeStep(fitIntakes, intakes, state),
    applicationStep(applications, fitIntakes),
    grantStep(applications),
    enrolmentStep(state),
  ];
  const years = [
    ...new Set(
      steps.flatMap(({ entries, variants }) =>
        [...entries, ...Object.values(variants).flat()].flatMap(({ year }) => year ?? []),
      ),
    ),
  ].sort();
  const figuresIn = (year: string | undefined): StepFigures[] =>
    steps.map(({ step, entries, variants }) => {
      const inYear = (list: readonly StepEntry[]): StepEntry[] =>
        year === undefined ? [...list] : list.filter((entry) => entry.year === year);
      const own = inYear(entries);
      const names = FUNNEL_VARIANTS_OF[step];
      return {
        step,
        count: own.length,
        medianDays: median(own.flatMap(({ days }) => days)),
        ...(names === undefined
          ? {}
          : {
              variants: Object.fromEntries(names.map((name) => [name, inYear(variants[name] ?? []).length])),
            }),
      };
    });
  return {
    ...funnelView(figuresIn(undefined)),
    bySchoolYear: Object.fromEntries(years.map((year) => [year, funnelView(figuresIn(year))])),
  };
}

/** The funnel from each step's count, median days from the previous step and variants, with conversion rates. */
export function funnelView(steps: readonly StepFigures[]): Pick<FunnelView, 'steps'> {
  return {
    steps: steps.map((records, index) => {
      const previous = index === 0 ? undefined : steps[index - 1];
      const names = FUNNEL_VARIANTS_OF[records.step];
      return {
        step: records.step,
        count: records.count,
        conversionPercent: previous === undefined ? null : percentOf(records.count, previous.count),
        medianDaysFromPrevious: records.medianDays,
        definition: FUNNEL_STEP_DEFINITIONS[records.step],
        ...(names === undefined
          ? {}
          : {
              variants: names.map((name) => ({
                name,
                definition: FUNNEL_VARIANT_DEFINITIONS[name],
                count: records.variants?.[name] ?? 0,
              })),
            }),
      };
    }),
  };
}

/** A step's entry for a record with the given day (none when the day is unknown). */
export function entryOf(day: string | undefined, days: number[]): StepEntry[] {
  return day === undefined ? [] : [{ year: schoolYearOf(day), days }];
}

function conversationStep(inquiries: readonly InquiryFact[]): StepRecords {
  return {
    step: 'conversations',
    entries: inquiries.flatMap(({ receivedAt, conversationOn }) =>
      entryOf(conversationOn, daysIfBoth(receivedAt, conversationOn)),
    ),
    variants: {},
  };
}

function referralStep(inquiries: readonly InquiryFact[]): StepRecords {
  const entries = inquiries.flatMap(({ conversationOn, referredAt }) =>
    entryOf(referredAt, daysIfBoth(conversationOn, referredAt)),
  );
  return {
    step: 'referrals',
    entries,
    variants: {
      'to-activities': entries,
      'also-outside-programme': inquiries.flatMap((inquiry) => entryOf(anyReferralOf(inquiry), [])),
    },
  };
}

/** The day of an inquiry's first referral, to activities or outside the programme. */
export function anyReferralOf(inquiry: InquiryFact): string | undefined {
  const { referredAt, referredOutsideOn } = inquiry;
  if (referredAt === undefined) return referredOutsideOn;
  if (referredOutsideOn === undefined) return referredAt;
  return dayOf(referredAt) <= referredOutsideOn ? referredAt : referredOutsideOn;
}

function fitIntakeStep(
  fitIntakes: readonly IntakeFact[],
  intakes: readonly IntakeFact[],
  state: MonitoringState,
): StepRecords {
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
  const entries = fitIntakes.flatMap((intake) =>
    entryOf(intake.heldOn, daysIfBoth(referralOf(intake), intake.heldOn)),
  );
  return {
    step: 'fit-intakes',
    entries,
    variants: {
      'fit-only': entries,
      'all-intakes': intakes.flatMap(({ heldOn }) => entryOf(heldOn, [])),
    },
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
  const fitByBrinActivity = groupBy(fitIntakes, (intake) => `${intake.brin}|${intake.activity}`);
  const fitIntakeOf = (application: ApplicationFact): string | undefined =>
    fitIntakeBefore(application, fitByBrinActivity.get(`${application.brin}|${application.activity}`) ?? []);
  return {
    step: 'applications',
    entries: applications.flatMap((application) =>
      entryOf(application.submittedAt, daysIfBoth(fitIntakeOf(application), application.submittedAt)),
    ),
    variants: {},
  };
}

function grantStep(applications: readonly ApplicationFact[]): StepRecords {
  return {
    step: 'grants',
    entries: applications.flatMap(({ submittedAt, grantedOn }) =>
      entryOf(grantedOn, daysIfBoth(submittedAt, grantedOn)),
    ),
    variants: {},
  };
}

function enrolmentStep(state: MonitoringState): StepRecords {
  const enrolled = Object.values(state.participations).filter(isEnrolled);
  const grantOf = (applicationId: string | undefined): string | undefined =>
    applicationId === undefined ? undefined : state.applications[applicationId]?.grantedOn;
  return {
    step: 'enrolments',
    entries: enrolled.flatMap((participation) =>
      entryOf(
        participation.enrolledAt,
        daysIfBoth(grantOf(participation.applicationId), participation.enrolledAt),
      ),
    ),
    variants: {},
  };
}

/**
 * The days between two steps (their days in Dutch time) as a list of one, or none when either is unknown or the
 * later step is dated before the earlier: such a pair (a record from before days were checked) says nothing
 * about how long the step took, and a median of days is never negative.
 */
export function daysIfBoth(from: string | undefined, to: string | undefined): number[] {
  if (from === undefined || to === undefined) return [];
  const days = daysBetween(from, to);
  return days < 0 ? [] : [days];
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
