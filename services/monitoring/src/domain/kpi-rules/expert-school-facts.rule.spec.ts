import {
  AspirantExpertSchoolSelectedV1,
  CourseGivenV1,
  DevelopmentSchoolTrainedV1,
  ExpertSchoolCertifiedV1,
  ExpertSchoolQualityReviewedV1,
  RegionalNetworkFormedV1,
  SchoolEnrolledV1,
} from '@okr/contracts';
import { brinOf, uuidOf } from '@okr/contracts/testing';
import { anEvent, redelivered, stateOf } from '../../../test/support/projected-events';
import { KPI_DEFINITIONS } from '../../kpi/kpi-definitions';
import { computeViews } from '../compute-views';
import { LiveViews } from '../live-views';
import { applyEvent, emptyState, recordOf } from '../monitoring-state';
import type { ProjectedEvent } from '../projected-event';
import type { KpiDetail } from '../views';

const TRAINED_EXPERT_SCHOOLS = 'expert-schools.trained-expert-schools';
const FOR_LAB_INTERVENTION = 'co-creation-labs.expert-schools-trained-for-intervention';
const COURSES = 'expert-schools.courses-given';
const TRAINED_SCHOOLS = 'expert-schools.schools-trained-by-expert-school';
const PER_YEAR = 'expert-schools.schools-trained-per-year';
const PROVEN_APPROACH = 'expert-schools.schools-followed-learning-track';
const NETWORKS = 'expert-schools.regional-networks';
const HIGH_QUALITY = 'expert-schools.sustainably-high-quality';
const CONFIDENCE = 'expert-schools.increased-professional-confidence';

/** The KPI from the reference computation, checked equal to the live views over the same events. */
function kpiOf(events: readonly ProjectedEvent[], id: string): KpiDetail {
  const reference = computeViews(stateOf(events), KPI_DEFINITIONS);
  const state = emptyState();
  const live = new LiveViews(state, KPI_DEFINITIONS);
  for (const event of events) {
    if (!applyEvent(state, event)) continue;
    const ref = recordOf(event);
    if (ref !== undefined) live.recordChanged(ref);
  }
  expect(live.views()).toEqual(reference);
  const kpi = reference.kpis.find((candidate) => candidate.id === id);
  if (kpi === undefined) throw new Error(`no KPI ${id}`);
  expect(kpi.status).toBe('computed');
  return kpi;
}

function certified(
  n: number,
  overrides: Partial<Parameters<typeof anEvent<object>>[1]> & object = {},
): ProjectedEvent {
  return anEvent(ExpertSchoolCertifiedV1, { brin: brinOf(n), aspirantId: uuidOf(n), ...overrides });
}

function trained(n: number, overrides: object = {}): ProjectedEvent {
  return anEvent(DevelopmentSchoolTrainedV1, {
    developmentSchoolId: uuidOf(100 + n),
    brin: brinOf(100 + n),
    ...overrides,
  });
}

describe('the expert-schools KPIs', () => {
  it('count certified expert schools by sector and school year, once each, never an aspirant', () => {
    const first = certified(1, { sector: 'PO', certifiedOn: '2024-06-30' });
    const kpi = kpiOf(
      [
        first,
        redelivered(first),
        certified(1, { sector: 'PO', certifiedOn: '2025-06-30', aspirantId: uuidOf(50) }),
        certified(2, { sector: 'VO', certifiedOn: '2025-07-15' }),
        anEvent(SchoolEnrolledV1, { activity: 'aspirant-expert-school', brin: brinOf(3), sector: 'PO' }),
        anEvent(AspirantExpertSchoolSelectedV1, { brin: brinOf(3), sector: 'PO' }),
      ],
      TRAINED_EXPERT_SCHOOLS,
    );
    expect(kpi.figures.bySector).toEqual({
      PO: { value: 1, progressPercent: 6.7 },
      VO: { value: 1, progressPercent: 6.7 },
    });
    expect(
      Object.fromEntries(Object.entries(kpi.bySchoolYear).map(([year, values]) => [year, values.total])),
    ).toEqual({
      '2023-2024': 1,
      '2024-2025': 1,
    });
  });

  it('count expert schools trained for a lab intervention only when the approach comes from a lab', () => {
    const kpi = kpiOf(
      [
        certified(1, { approachOrigin: 'lab-intervention', labInterventionId: uuidOf(900), sector: 'VO' }),
        certified(2, { approachOrigin: 'proven-approach', sector: 'VO' }),
      ],
      FOR_LAB_INTERVENTION,
    );
    expect(kpi.figures.bySector.VO).toEqual({ value: 1, progressPercent: 16.7 });
  });

  it('count learning tracks given by the sector they were given for, not knowledge-sharing sessions', () => {
    const kpi = kpiOf(
      [
        anEvent(CourseGivenV1, { courseId: uuidOf(1), sector: 'PO', kind: 'learning-track' }),
        anEvent(CourseGivenV1, {
          courseId: uuidOf(2),
          sector: 'PO',
          kind: 'learning-track',
          expertSchoolBrin: brinOf(7),
        }),
        anEvent(CourseGivenV1, { courseId: uuidOf(3), sector: 'VO', kind: 'knowledge-sharing-session' }),
      ],
      COURSES,
    );
    expect(kpi.figures.bySector).toEqual({
      PO: { value: 2, progressPercent: 6.7 },
      VO: { value: 0, progressPercent: 0 },
    });
  });

  it('count schools trained by an expert school once, per school year of the track, and those on a proven approach', () => {
    const events = [
      trained(1, { sector: 'VO', schoolYear: '2024-2025', approachOrigin: 'proven-approach' }),
      trained(2, { sector: 'VO', schoolYear: '2025-2026', approachOrigin: 'lab-intervention' }),
      trained(3, {
        sector: 'PO',
        schoolYear: '2025-2026',
        approachOrigin: 'improvement-culture',
        brin: brinOf(101),
      }),
    ];
    const all = kpiOf(events, TRAINED_SCHOOLS);
    expect(all.figures.bySector).toEqual({
      PO: { value: 1, progressPercent: 3.3 },
      VO: { value: 2, progressPercent: 6.7 },
    });
    const perYear = kpiOf(events, PER_YEAR);
    expect(perYear.bySchoolYear['2025-2026']?.total).toBe(2);
    expect(perYear.bySchoolYear['2024-2025']?.total).toBe(1);
    expect(kpiOf(events, PROVEN_APPROACH).figures.total.value).toBe(1);
  });

  it('count regional networks, a redelivery once', () => {
    const first = anEvent(RegionalNetworkFormedV1, { networkId: uuidOf(1), region: 'Utrecht' });
    const kpi = kpiOf(
      [
        first,
        redelivered(first),
        anEvent(RegionalNetworkFormedV1, { networkId: uuidOf(2), region: 'Limburg' }),
      ],
      NETWORKS,
    );
    expect(kpi.figures.total).toEqual({ value: 2, progressPercent: 40 });
  });

  it('count an expert school as offering sustainably high quality when its latest review says so', () => {
    const review = (n: number, schoolYear: string, yes: boolean) =>
      anEvent(ExpertSchoolQualityReviewedV1, {
        brin: brinOf(n),
        sector: 'VO',
        schoolYear,
        reviewedOn: `${schoolYear.slice(5)}-06-01`,
        sustainablyHighQuality: yes,
      });
    const kpi = kpiOf(
      [
        review(1, '2024-2025', true),
        review(1, '2025-2026', false),
        review(2, '2024-2025', false),
        review(2, '2025-2026', true),
        review(3, '2025-2026', true),
      ],
      HIGH_QUALITY,
    );
    expect(kpi.figures.bySector.VO).toEqual({ value: 2, progressPercent: 25 });
  });

  it("report the share of learning tracks after which the teachers' professional confidence rose", () => {
    const kpi = kpiOf(
      [
        trained(1, { confidenceBefore: 5, confidenceAfter: 7 }),
        trained(2, { confidenceBefore: 6, confidenceAfter: 6 }),
        trained(3, { confidenceBefore: 4, confidenceAfter: 8 }),
      ],
      CONFIDENCE,
    );
    expect(kpi.figures.total.value).toBe(66.7);
  });
});
