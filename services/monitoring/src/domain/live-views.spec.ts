import {
  ACTIVITIES,
  type Activity,
  APPROACH_ORIGINS,
  CourseGivenV1,
  DevelopmentSchoolTrainedV1,
  ExpertCoachTrainedV1,
  ExpertSchoolCertifiedV1,
  ExpertSchoolQualityReviewedV1,
  RegionalNetworkFormedV1,
  ExploratoryConversationHeldV1,
  IMPROVEMENT_CULTURE_ACTIVITIES,
  InquiryClosedV1,
  InquiryReceivedV1,
  InquiryReferredV1,
  IntakeCompletedV1,
  ParticipationCompletedV1,
  SchoolEnrolledV1,
  SchoolProfileUpdatedV1,
  SchoolRegisteredV1,
  SchoolWithdrewV1,
  SubsidyApplicationSubmittedV1,
  SubsidyApplicationWithdrawnV1,
  SubsidyGrantedV1,
  SubsidyRejectedV1,
  SubsidyRoundOpenedV1,
  SustainabilityAssessedV1,
  addDays,
} from '@okr/contracts';
import { KPI_DEFINITIONS } from '../kpi/kpi-definitions';
import { computeViews, inCatalogue } from './compute-views';
import { brinOf, uuidOf } from '@okr/contracts/testing';
import { anEvent, redelivered } from '../../test/support/projected-events';
import { LiveViews, medianOfCounts } from './live-views';
import { applyEvent, countIgnored, emptyState, type MonitoringState, recordOf } from './monitoring-state';
import type { ProjectedEvent } from './projected-event';

// The live views must equal the views computed from the whole state, whatever happened before: generated
// histories over a few schools (so records collide, refer to each other across schools, move between schools,
// arrive twice and out of order) are applied event by event and compared at random moments.

type Random = () => number;

function seeded(seed: number): Random {
  let value = seed >>> 0;
  return () => {
    value = (value + 0x6d2b79f5) >>> 0;
    let t = value;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function history(random: Random, length: number): ProjectedEvent[] {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const chance = (p: number): boolean => random() < p;
  const brins = Array.from({ length: 8 }, (_, n) => brinOf(n));
  const ids = (prefix: number, count: number): string[] =>
    Array.from({ length: count }, (_, n) => uuidOf(prefix + n));
  const [inquiries, intakes, applications, coaches, rounds] = [
    ids(100, 10),
    ids(200, 10),
    ids(300, 10),
    ids(400, 6),
    ids(500, 3),
  ];
  const [developmentSchools, courses, networks] = [ids(600, 8), ids(700, 6), ids(800, 3)];
  const years = ['2023-2024', '2024-2025', '2025-2026'];
  const day = (): string =>
    `${pick(['2023', '2024', '2025'])}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
  const moment = (): string => `${day()}T${String(Math.floor(random() * 24)).padStart(2, '0')}:00:00Z`;
  const flags = (): Record<
    'weakPerforming' | 'specialTargetGroups' | 'specialisedEducation' | 'smallRegional',
    boolean
  > => ({
    weakPerforming: chance(0.4),
    specialTargetGroups: chance(0.3),
    specialisedEducation: chance(0.2),
    smallRegional: chance(0.3),
  });
  const sector = (): 'PO' | 'VO' => pick(['PO', 'VO'] as const);
  const activity = (): Activity => pick(ACTIVITIES);
  const envelope = (): { occurredAt: string } => ({ occurredAt: moment() });
  const participation = (): {
    brin: string;
    activity: Activity;
    sector: 'PO' | 'VO';
    schoolYear: string;
  } => ({
    brin: pick(brins),
    activity: activity(),
    sector: sector(),
    schoolYear: pick(years),
  });
  const maybeBrin = (): { brin?: string } => (chance(0.3) ? {} : { brin: pick(brins) });
  const makers: Array<() => ProjectedEvent> = [
    () =>
      anEvent(SchoolRegisteredV1, { brin: pick(brins), sector: sector(), equalAccess: flags() }, envelope()),
    () =>
      anEvent(
        SchoolProfileUpdatedV1,
        { brin: pick(brins), sector: sector(), equalAccess: flags() },
        envelope(),
      ),
    () =>
      anEvent(
        SchoolEnrolledV1,
        {
          ...participation(),
          equalAccess: flags(),
          ...(chance(0.7) ? { applicationId: pick(applications) } : {}),
        },
        envelope(),
      ),
    () => anEvent(SchoolWithdrewV1, { ...participation(), withdrawnOn: day() }, envelope()),
    () =>
      anEvent(
        ParticipationCompletedV1,
        { ...participation(), completedOn: day(), pupilDevelopmentImproved: chance(0.5) },
        envelope(),
      ),
    () => {
      const { brin: school, schoolYear } = participation();
      return anEvent(
        SustainabilityAssessedV1,
        {
          brin: school,
          schoolYear,
          activity: pick(IMPROVEMENT_CULTURE_ACTIVITIES),
          sustainableCulture: chance(0.5),
          assessedOn: day(),
        },
        envelope(),
      );
    },
    () =>
      anEvent(
        ExpertCoachTrainedV1,
        {
          coachId: pick(coaches),
          brin: pick(brins),
          activity: pick(IMPROVEMENT_CULTURE_ACTIVITIES),
          sector: sector(),
          trainedOn: day(),
        },
        envelope(),
      ),
    () =>
      anEvent(
        InquiryReceivedV1,
        { inquiryId: pick(inquiries), ...maybeBrin(), receivedAt: moment() },
        envelope(),
      ),
    () =>
      anEvent(
        ExploratoryConversationHeldV1,
        { inquiryId: pick(inquiries), ...maybeBrin(), heldOn: day() },
        envelope(),
      ),
    () =>
      anEvent(
        InquiryReferredV1,
        chance(0.8)
          ? {
              inquiryId: pick(inquiries),
              ...maybeBrin(),
              referral: 'activities',
              activities: [activity(), activity()],
            }
          : {
              inquiryId: pick(inquiries),
              ...maybeBrin(),
              referral: 'outside-programme',
              activities: [],
            },
        envelope(),
      ),
    () =>
      anEvent(InquiryClosedV1, { inquiryId: pick(inquiries), ...maybeBrin(), closedOn: day() }, envelope()),
    () =>
      anEvent(
        IntakeCompletedV1,
        {
          intakeId: pick(intakes),
          brin: pick(brins),
          activity: activity(),
          outcome: chance(0.7) ? 'fit' : 'no-fit',
          heldOn: day(),
          ...(chance(0.6) ? { inquiryId: pick(inquiries) } : {}),
        },
        envelope(),
      ),
    () =>
      anEvent(
        SubsidyRoundOpenedV1,
        {
          roundId: pick(rounds),
          schoolYear: pick(years),
          budgetCents: 1_000_000 * (1 + Math.floor(random() * 9)),
        },
        envelope(),
      ),
    () =>
      anEvent(
        SubsidyApplicationSubmittedV1,
        {
          applicationId: pick(applications),
          brin: pick(brins),
          roundId: pick(rounds),
          activity: activity(),
          schoolYear: pick(years),
          submittedAt: moment(),
        },
        envelope(),
      ),
    () =>
      anEvent(
        SubsidyGrantedV1,
        {
          applicationId: pick(applications),
          brin: pick(brins),
          roundId: pick(rounds),
          activity: activity(),
          schoolYear: pick(years),
          grantedAmountCents: 100_000 * Math.floor(random() * 50),
          decidedOn: day(),
        },
        envelope(),
      ),
    () =>
      anEvent(
        SubsidyRejectedV1,
        { applicationId: pick(applications), brin: pick(brins), roundId: pick(rounds), decidedOn: day() },
        envelope(),
      ),
    () =>
      anEvent(
        SubsidyApplicationWithdrawnV1,
        { applicationId: pick(applications), brin: pick(brins), roundId: pick(rounds), withdrawnOn: day() },
        envelope(),
      ),
    // The expert-schools context: its records are about a school (or, a network, about none).
    () => {
      const approachOrigin = pick(APPROACH_ORIGINS);
      return anEvent(
        ExpertSchoolCertifiedV1,
        {
          brin: pick(brins),
          sector: sector(),
          approachOrigin,
          ...(approachOrigin === 'lab-intervention' ? { labInterventionId: uuidOf(900) } : {}),
          certifiedOn: day(),
        },
        envelope(),
      );
    },
    () =>
      anEvent(
        DevelopmentSchoolTrainedV1,
        {
          developmentSchoolId: pick(developmentSchools),
          brin: pick(brins),
          sector: sector(),
          schoolYear: pick(years),
          approachOrigin: pick(APPROACH_ORIGINS),
          confidenceBefore: 1 + Math.floor(random() * 10),
          confidenceAfter: 1 + Math.floor(random() * 10),
          trainedOn: day(),
        },
        envelope(),
      ),
    () =>
      anEvent(
        CourseGivenV1,
        {
          courseId: pick(courses),
          expertSchoolBrin: pick(brins),
          sector: sector(),
          kind: chance(0.8) ? 'learning-track' : 'knowledge-sharing-session',
          schoolYear: pick(years),
          givenOn: day(),
        },
        envelope(),
      ),
    () =>
      anEvent(
        RegionalNetworkFormedV1,
        { networkId: pick(networks), region: pick(['Utrecht', 'Limburg'] as const), formedOn: day() },
        envelope(),
      ),
    () =>
      anEvent(
        ExpertSchoolQualityReviewedV1,
        {
          brin: pick(brins),
          sector: sector(),
          schoolYear: pick(years),
          sustainablyHighQuality: chance(0.6),
          reviewedOn: day(),
        },
        envelope(),
      ),
  ];
  const events: ProjectedEvent[] = [];
  for (let n = 0; n < length; n += 1) {
    const previous = events[Math.floor(random() * events.length)];
    events.push(previous !== undefined && chance(0.1) ? redelivered(previous) : pick(makers)());
  }
  return events;
}

function apply(state: MonitoringState, live: LiveViews, event: ProjectedEvent): void {
  if (!applyEvent(state, event)) return;
  const ref = recordOf(event);
  if (ref !== undefined) live.recordChanged(ref);
}

describe('live views', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])(
    'equal the views computed from the whole state at every moment of generated history %i',
    (seed) => {
      const random = seeded(seed);
      const state = emptyState();
      const live = new LiveViews(state, KPI_DEFINITIONS);
      let compared = 0;
      for (const event of history(random, 600)) {
        apply(state, live, event);
        if (random() < 0.05) countIgnored(state, 'FutureThing', 1);
        if (random() < 0.1) {
          expect(live.views()).toEqual(computeViews(state, KPI_DEFINITIONS));
          compared += 1;
        }
      }
      expect(live.views()).toEqual(computeViews(state, KPI_DEFINITIONS));
      expect(compared).toBeGreaterThan(20);
      // The histories do reach every kind of view.
      const views = computeViews(state, KPI_DEFINITIONS);
      expect(views.funnel.steps.every((step) => step.count > 0)).toBe(true);
      expect(views.kpis.filter((kpi) => kpi.series.length > 0).length).toBeGreaterThanOrEqual(6);
      expect(views.rounds.some((round) => round.grants > 0)).toBe(true);
    },
  );

  it.each([11, 12, 13])(
    'count no KPI fact before its day, and count it once the day comes, as computed for that day (history %i)',
    (seed) => {
      const random = seeded(seed);
      const state = emptyState();
      let today = '2023-06-01';
      const live = new LiveViews(state, KPI_DEFINITIONS, inCatalogue, () => today);
      let held = 0;
      for (const event of history(random, 600)) {
        apply(state, live, event);
        if (random() < 0.1) {
          // The day moves on now and then, with or without events in between.
          today = addDays(today, Math.floor(random() * 40));
          const computed = computeViews(state, KPI_DEFINITIONS, inCatalogue, today);
          expect(live.views()).toEqual(computed);
          if (JSON.stringify(computed.kpis) !== JSON.stringify(computeViews(state, KPI_DEFINITIONS).kpis)) {
            held += 1;
          }
        }
      }
      // Some comparisons held facts back, so the test can tell.
      expect(held).toBeGreaterThan(0);
      today = '2099-12-31';
      expect(live.hasFactsDue()).toBe(false);
      expect(live.views().kpis).toEqual(computeViews(state, KPI_DEFINITIONS).kpis);
    },
  );

  it('tells when the day of a fact dated ahead has come, so the views are written without an event', () => {
    const state = emptyState();
    let today = '2024-09-01';
    const live = new LiveViews(state, KPI_DEFINITIONS, inCatalogue, () => today);
    apply(
      state,
      live,
      anEvent(ExpertCoachTrainedV1, { coachId: uuidOf(7), brin: brinOf(7), trainedOn: '2024-09-10' }),
    );
    const coaches = () =>
      live.views().kpis.find((kpi) => kpi.id === 'improvement-culture.trained-expert-coaches')?.figures.total
        .value;

    expect(coaches()).toBe(0);
    expect(live.hasFactsDue()).toBe(false);
    today = '2024-09-10';
    expect(live.hasFactsDue()).toBe(true);
    expect(coaches()).toBe(1);
    expect(live.hasFactsDue()).toBe(false);
  });

  it('start from a restored state with the views of the state', () => {
    const random = seeded(42);
    const state = emptyState();
    const live = new LiveViews(state, KPI_DEFINITIONS);
    for (const event of history(random, 400)) apply(state, live, event);
    const restored = JSON.parse(JSON.stringify(state)) as MonitoringState;

    expect(new LiveViews(restored, KPI_DEFINITIONS).views()).toEqual(live.views());
  });

  it('do not change when an event changes nothing', () => {
    const state = emptyState();
    const live = new LiveViews(state, KPI_DEFINITIONS);
    const enrolment = anEvent(SchoolEnrolledV1, {
      brin: brinOf(1),
      activity: 'groeikracht',
      sector: 'PO',
      schoolYear: '2024-2025',
    });
    apply(state, live, enrolment);
    const before = JSON.stringify(live.views());

    apply(state, live, redelivered(enrolment));

    expect(JSON.stringify(live.views())).toBe(before);
    expect(
      live.views().kpis.find((kpi) => kpi.id === 'improvement-culture.schools-in-trajectory')?.figures.total
        .value,
    ).toBe(1);
  });

  it('move an inquiry from no school to its school when a later event names the BRIN', () => {
    const state = emptyState();
    const live = new LiveViews(state, KPI_DEFINITIONS);
    apply(state, live, anEvent(InquiryReceivedV1, { inquiryId: uuidOf(1) }));
    apply(
      state,
      live,
      anEvent(
        InquiryReferredV1,
        { inquiryId: uuidOf(1), activities: ['groeikracht'] },
        { occurredAt: '2024-01-30T09:00:00Z' },
      ),
    );
    apply(
      state,
      live,
      anEvent(IntakeCompletedV1, { intakeId: uuidOf(2), brin: brinOf(3), heldOn: '2024-02-09' }),
    );
    expect(live.views().funnel).toEqual(computeViews(state, KPI_DEFINITIONS).funnel);

    apply(
      state,
      live,
      anEvent(ExploratoryConversationHeldV1, { inquiryId: uuidOf(1), brin: brinOf(3), heldOn: '2024-01-20' }),
    );

    const funnel = live.views().funnel;
    expect(funnel).toEqual(computeViews(state, KPI_DEFINITIONS).funnel);
    expect(funnel.steps.map((step) => step.count)).toEqual([1, 1, 1, 1, 0, 0, 0]);
    expect(funnel.steps[3]?.medianDaysFromPrevious).toBe(10);
  });
});

describe('the median of counted values', () => {
  it('is the middle value, or the mean of the two middle ones, as the median of the list would be', () => {
    expect(medianOfCounts([])).toBeNull();
    expect(medianOfCounts([[5, 1]])).toBe(5);
    expect(
      medianOfCounts([
        [10, 1],
        [2, 2],
      ]),
    ).toBe(2);
    expect(
      medianOfCounts([
        [3, 1],
        [1, 1],
      ]),
    ).toBe(2);
    expect(
      medianOfCounts([
        [-1, 1],
        [4, 1],
        [0, 2],
      ]),
    ).toBe(0);
    expect(
      medianOfCounts([
        [1, 1],
        [2, 1],
      ]),
    ).toBe(1.5);
  });
});
