import {
  CongressHeldV1,
  KennisrotondeQuestionAnsweredV1,
  KennisrotondeQuestionReceivedV1,
  KnowledgeProductPublishedV1,
  KnowledgeProductRatedV1,
  KnowledgeProductRetiredV1,
  KnowledgeProductRevisedV1,
  KnowledgeProductUsedV1,
  type RespondentRole,
  ROLE_GROUP_OF_RESPONDENT,
  SchoolEnrolledV2,
} from '@okr/contracts';
import { brinOf, uuidOf } from '@okr/contracts/testing';
import { anEvent, redelivered } from '../../../test/support/projected-events';
import { KPI_DEFINITIONS } from '../../kpi/kpi-definitions';
import { computeViews } from '../compute-views';
import { LiveViews } from '../live-views';
import { applyEvent, emptyState, recordOf, restoredState } from '../monitoring-state';
import type { ProjectedEvent } from '../projected-event';
import type { KpiDetail } from '../views';

const SQUARES = 'knowledge-sharing.knowledge-squares';
const GUIDELINES = 'knowledge-sharing.guidelines';
const META_REVIEWS = 'knowledge-sharing.meta-reviews';
const ANSWERED = 'knowledge-sharing.kennisrotonde-questions-answered';
const EXTRA = 'knowledge-sharing.kennisrotonde-extra-questions-answered';
const CONGRESSES = 'knowledge-sharing.national-congresses';
const USE = 'knowledge-sharing.effective-use-of-knowledge-products';
const RATING_PRACTITIONERS = 'knowledge-sharing.rating-by-teachers-and-school-leaders';
const RATING_OTHERS = 'knowledge-sharing.rating-by-other-professionals';
const WITH_PRACTITIONERS = 'knowledge-sharing.products-made-with-practitioners';
const USES_INTERVENTIONS = 'improvement-culture.uses-knowledge-of-effective-interventions';

const NOBODY = { teachers: 0, schoolLeaders: 0, teacherEducators: 0, researchers: 0 };

function published(
  n: number,
  productType: 'theme-page' | 'guideline' | 'meta-review' | 'intervention',
  publishedOn: string,
  sectors: Array<'PO' | 'VO' | 'SO'> = ['PO'],
  coCreation = { ...NOBODY, teachers: 1 },
): ProjectedEvent {
  return anEvent(KnowledgeProductPublishedV1, {
    productId: uuidOf(n),
    productType,
    publishedOn,
    sectors,
    coCreation,
  });
}

function rated(
  n: number,
  respondentRole: RespondentRole,
  score: number,
  ratedOn = '2025-03-01',
): ProjectedEvent {
  return anEvent(KnowledgeProductRatedV1, {
    ratingId: uuidOf(1_000 + n),
    respondentRole,
    roleGroup: ROLE_GROUP_OF_RESPONDENT[respondentRole],
    score,
    ratedOn,
  });
}

function used(
  n: number,
  brin: string,
  productType: 'intervention' | 'guideline',
  sector: 'PO' | 'VO',
  usedOn: string,
) {
  return anEvent(KnowledgeProductUsedV1, { useId: uuidOf(2_000 + n), brin, productType, sector, usedOn });
}

function answered(n: number, answeredOn: string, priority: boolean): ProjectedEvent {
  return anEvent(KennisrotondeQuestionAnsweredV1, {
    caseId: uuidOf(3_000 + n),
    answeredOn,
    priority,
    brin: undefined,
  });
}

function enrolled(brin: string, activity: 'groeikracht' | 'taallab-co-creating', sector: 'PO' | 'VO') {
  return anEvent(SchoolEnrolledV2, {
    brin,
    activity,
    pillar: activity === 'groeikracht' ? 'improvement-culture' : 'co-creation-labs',
    sector,
    schoolYear: '2024-2025',
    enrolledOn: '2024-09-02',
    participationId: uuidOf(4_000 + Number(brin.slice(0, 2))),
  });
}

const HISTORY: ProjectedEvent[] = [
  // Two squares (one for PO and VO), revised and one retired later: still two. A guideline, a meta-review.
  published(1, 'theme-page', '2023-11-20', ['PO', 'VO']),
  published(2, 'theme-page', '2024-09-10', ['VO'], NOBODY),
  anEvent(KnowledgeProductRevisedV1, { productId: uuidOf(1), revision: 2, revisedOn: '2025-01-10' }),
  anEvent(KnowledgeProductRetiredV1, { productId: uuidOf(2), retiredOn: '2025-02-01' }),
  published(3, 'guideline', '2025-03-01', ['PO']),
  published(4, 'meta-review', '2025-04-01', ['SO'], { ...NOBODY, researchers: 3 }),
  published(5, 'intervention', '2024-10-01', ['PO']),
  // Ratings: teachers and school leaders 8, 9, 7 → 8.0; others 6 and 7 → 6.5.
  rated(1, 'teacher', 8),
  rated(2, 'school-leader', 9),
  rated(3, 'teacher', 7, '2025-09-01'),
  rated(4, 'teacher-educator', 6),
  rated(5, 'board-member', 7),
  // Uses: school 1 twice (counts once), school 2 of a guideline; school 1 used an intervention.
  used(1, brinOf(1), 'intervention', 'PO', '2024-11-01'),
  used(2, brinOf(1), 'guideline', 'PO', '2025-01-15'),
  used(3, brinOf(2), 'guideline', 'VO', '2025-02-15'),
  // Schools 1 and 3 in a Groeikracht trajectory, school 2 in a lab: one of the two trajectory schools used an
  // intervention.
  enrolled(brinOf(1), 'groeikracht', 'PO'),
  enrolled(brinOf(3), 'groeikracht', 'VO'),
  enrolled(brinOf(2), 'taallab-co-creating', 'VO'),
  // Kennisrotonde: three answered, two of them extra (priority); one only received.
  anEvent(KennisrotondeQuestionReceivedV1, { caseId: uuidOf(3_001), priority: true, brin: undefined }),
  answered(1, '2023-12-01', true),
  answered(2, '2024-03-01', true),
  answered(3, '2024-03-02', false),
  anEvent(KennisrotondeQuestionReceivedV1, { caseId: uuidOf(3_004), priority: false, brin: brinOf(9) }),
  // The 2023 congress (900 people, rated 8) and a webinar that does not count.
  anEvent(CongressHeldV1, { gatheringId: uuidOf(5_001), kind: 'national-congress', heldOn: '2023-11-08' }),
  anEvent(CongressHeldV1, { gatheringId: uuidOf(5_002), kind: 'webinar', heldOn: '2024-02-01' }),
];

function viewsOf(events: readonly ProjectedEvent[]): KpiDetail[] {
  const state = emptyState();
  for (const event of events) applyEvent(state, event);
  return computeViews(state, KPI_DEFINITIONS).kpis;
}

function kpi(kpis: readonly KpiDetail[], id: string): KpiDetail {
  const found = kpis.find((each) => each.id === id);
  if (found === undefined) throw new Error(`no KPI ${id}`);
  return found;
}

describe('the knowledge-sharing KPIs', () => {
  const kpis = viewsOf(HISTORY);

  it('are all computed from events: none of the pillar is left without a source', () => {
    const pillar = kpis.filter(
      (each) => each.pillar === 'knowledge-sharing' || each.id === USES_INTERVENTIONS,
    );

    expect(pillar.filter((each) => each.status !== 'computed').map((each) => each.id)).toEqual([]);
    expect(pillar).toHaveLength(11);
  });

  it('count published squares, guidelines and meta-reviews once each, per sector written for and school year', () => {
    expect(kpi(kpis, SQUARES).figures.total).toEqual({ value: 2, progressPercent: 10 });
    expect(kpi(kpis, SQUARES).figures.bySector.PO.value).toBe(1);
    expect(kpi(kpis, SQUARES).figures.bySector.VO.value).toBe(2);
    expect(kpi(kpis, SQUARES).bySchoolYear).toEqual({
      '2023-2024': { total: 1, bySector: { PO: 1, VO: 1 } },
      '2024-2025': { total: 1, bySector: { PO: 0, VO: 1 } },
    });
    expect(kpi(kpis, GUIDELINES).figures.total.value).toBe(1);
    expect(kpi(kpis, META_REVIEWS).figures.total.value).toBe(1);
  });

  it('count answered Kennisrotonde questions, and the extra ones from participating schools by month', () => {
    expect(kpi(kpis, ANSWERED).figures.total).toEqual({ value: 3, progressPercent: 2.1 });
    expect(kpi(kpis, EXTRA).figures.total.value).toBe(2);
    const series = kpi(kpis, EXTRA).series;
    expect(series.find((point) => point.month === '2023-12')?.total).toBe(1);
    expect(series.find((point) => point.month === '2024-03')?.total).toBe(2);
  });

  it('count national congresses only', () => {
    expect(kpi(kpis, CONGRESSES).figures.total).toEqual({ value: 1, progressPercent: 25 });
  });

  it('give the share of all schools that used a product, per sector of the population', () => {
    const use = kpi(kpis, USE);

    // 2 of 6,969 schools; 1 of 6,319 PO; 1 of 650 VO.
    expect(use.figures.total.value).toBe(0);
    expect(use.figures.bySector.PO.value).toBe(0);
    expect(use.figures.bySector.VO.value).toBe(0.2);
  });

  it('average the ratings per KPI role group, to one decimal and per school year', () => {
    expect(kpi(kpis, RATING_PRACTITIONERS).figures.total).toEqual({ value: 8, progressPercent: 106.7 });
    expect(kpi(kpis, RATING_OTHERS).figures.total.value).toBe(6.5);
    expect(kpi(kpis, RATING_PRACTITIONERS).bySchoolYear['2025-2026']?.total).toBe(7);
  });

  it('give the share of published products made with at least one teacher or school leader', () => {
    // Products 1, 3 and 5 with a teacher; 2 and 4 without.
    expect(kpi(kpis, WITH_PRACTITIONERS).figures.total.value).toBe(60);
  });

  it('give the share of schools in a trajectory with a recorded use of an intervention', () => {
    const share = kpi(kpis, USES_INTERVENTIONS);

    expect(share.figures.total.value).toBe(50);
    expect(share.figures.bySector).toMatchObject({ PO: { value: 100 }, VO: { value: 0 } });
  });

  it('end the same whatever the order of the events and however often they arrive', () => {
    const shuffled = [...HISTORY]
      .reverse()
      .flatMap((event, index) => (index % 3 === 0 ? [event, redelivered(event)] : [event]));

    expect(viewsOf(shuffled)).toEqual(kpis);
  });

  it('are kept by the live views exactly as the reference computes them, event by event', () => {
    const state = emptyState();
    const live = new LiveViews(state, KPI_DEFINITIONS);
    for (const event of [...HISTORY, ...HISTORY.slice(0, 5).map(redelivered)]) {
      applyEvent(state, event);
      const ref = recordOf(event);
      if (ref !== undefined) live.recordChanged(ref);
      expect(live.views().kpis).toEqual(computeViews(state, KPI_DEFINITIONS).kpis);
    }
  });
});

describe('a state restored from a checkpoint saved before the knowledge tables existed', () => {
  it('gets them empty, so the first knowledge event has a table to merge into', () => {
    const { knowledgeProducts: _products, ...older } = emptyState();
    const restored = restoredState(older);

    expect(applyEvent(restored, published(9, 'guideline', '2025-05-01'))).toBe(true);
    expect(Object.keys(restored.knowledgeProducts)).toEqual([uuidOf(9)]);
  });
});
