import {
  type Activity,
  ExpertCoachTrainedV1,
  ExploratoryConversationHeldV1,
  InquiryReceivedV1,
  InquiryReferredV1,
  IntakeCompletedV1,
  ParticipationCompletedV1,
  SchoolEnrolledV1,
  SchoolRegisteredV1,
  SchoolWithdrewV1,
  SubsidyApplicationSubmittedV1,
  SubsidyGrantedV1,
  SubsidyRoundOpenedV1,
  SustainabilityAssessedV1,
  LabSchoolJoinedV1,
} from '@okr/contracts';
import { KPI_DEFINITIONS, type KpiDefinition, type KpiDefinitions } from '../kpi/kpi-definitions';
import { computeViews } from './compute-views';
import { brinOf, NO_EQUAL_ACCESS_FLAGS, uuidOf } from '@okr/contracts/testing';
import { anEvent, redelivered, stateOf } from '../../test/support/projected-events';
import { countIgnored, emptyState, type MonitoringState } from './monitoring-state';
import type { ProjectedEvent } from './projected-event';
import type { KpiDetail, MonitoringViews, Sector } from './views';

const SCHOOLS_IN_TRAJECTORY = 'improvement-culture.schools-in-trajectory';
const COACHES = 'improvement-culture.trained-expert-coaches';
const SUSTAINABLE = 'improvement-culture.sustainable-culture';
const PUPIL_DEVELOPMENT = 'improvement-culture.pupil-development-improved';
const USES_INTERVENTION_KNOWLEDGE = 'improvement-culture.uses-knowledge-of-effective-interventions';
const KNOWLEDGE_SHARING_KPIS = KPI_DEFINITIONS.kpis
  .filter((kpi) => kpi.pillar === 'knowledge-sharing')
  .map((kpi) => kpi.id);
const LAB_SCHOOLS = 'co-creation-labs.participating-schools';
const EXPERT_SCHOOLS = 'expert-schools.trained-expert-schools';
const TRAINED_BY_EXPERT_SCHOOL = 'expert-schools.schools-trained-by-expert-school';

const weak = { ...NO_EQUAL_ACCESS_FLAGS, weakPerforming: true };

function viewsOf(
  events: readonly ProjectedEvent[],
  definitions: KpiDefinitions = KPI_DEFINITIONS,
): MonitoringViews {
  return computeViews(stateOf(events), definitions);
}

function kpiOf(views: MonitoringViews, id: string): KpiDetail {
  const found = views.kpis.find((kpi) => kpi.id === id);
  if (found === undefined) throw new Error(`no KPI ${id}`);
  return found;
}

function enrolment(
  n: number,
  activity: Activity,
  sector: Sector,
  schoolYear = '2024-2025',
  occurredAt = '2024-04-01T08:00:00Z',
): ProjectedEvent {
  return anEvent(
    SchoolEnrolledV1,
    { brin: brinOf(n), activity, sector, schoolYear, equalAccess: { ...NO_EQUAL_ACCESS_FLAGS } },
    { occurredAt },
  );
}

function withDefinition(definition: Partial<KpiDefinition>): KpiDefinitions {
  const base = KPI_DEFINITIONS.kpis.find((kpi) => kpi.id === SCHOOLS_IN_TRAJECTORY);
  if (base === undefined) throw new Error('the definitions lost the trajectory KPI');
  return { ...KPI_DEFINITIONS, kpis: [{ ...base, ...definition }] };
}

describe('computing the KPI views', () => {
  describe('schools in a trajectory (enrolled schools)', () => {
    it('reports the seed pilot year: 12 PO and 13 VO schools, 4.8% and 5.2% of the targets', () => {
      // Groeikracht 13 schools (9 PO, 4 VO), De Transformatieve School 12 (3 PO, 9 VO), all distinct, 2023-2024.
      const groeikracht = [
        ...range(0, 9).map((n) => [n, 'PO'] as const),
        ...range(9, 13).map((n) => [n, 'VO'] as const),
      ];
      const transformatief = [
        ...range(13, 16).map((n) => [n, 'PO'] as const),
        ...range(16, 25).map((n) => [n, 'VO'] as const),
      ];
      const events = [
        ...groeikracht.map(([n, sector]) =>
          enrolment(n, 'groeikracht', sector, '2023-2024', '2023-10-01T08:00:00Z'),
        ),
        ...transformatief.map(([n, sector]) =>
          enrolment(n, 'de-transformatieve-school', sector, '2023-2024', '2023-10-01T08:00:00Z'),
        ),
      ];

      const kpi = kpiOf(viewsOf(events), SCHOOLS_IN_TRAJECTORY);

      expect(kpi.status).toBe('computed');
      expect(kpi.figures).toEqual({
        total: { value: 25, progressPercent: 5 },
        bySector: { PO: { value: 12, progressPercent: 4.8 }, VO: { value: 13, progressPercent: 5.2 } },
      });
      expect(kpi.bySchoolYear).toEqual({ '2023-2024': { total: 25, bySector: { PO: 12, VO: 13 } } });
    });

    it('counts a school enrolled in two trajectories once', () => {
      const views = viewsOf([
        enrolment(1, 'groeikracht', 'PO'),
        enrolment(1, 'de-transformatieve-school', 'PO'),
      ]);

      expect(kpiOf(views, SCHOOLS_IN_TRAJECTORY).figures.total.value).toBe(1);
    });

    it('counts a school enrolled in several school years once, and once in each year', () => {
      const views = viewsOf([
        enrolment(1, 'groeikracht', 'PO', '2023-2024'),
        enrolment(1, 'groeikracht', 'PO', '2024-2025'),
      ]);
      const kpi = kpiOf(views, SCHOOLS_IN_TRAJECTORY);

      expect(kpi.figures.total.value).toBe(1);
      expect(kpi.bySchoolYear).toEqual({
        '2023-2024': { total: 1, bySector: { PO: 1, VO: 0 } },
        '2024-2025': { total: 1, bySector: { PO: 1, VO: 0 } },
      });
    });

    it('reports a withdrawn school in gross but not in net', () => {
      const views = viewsOf([
        enrolment(1, 'groeikracht', 'PO'),
        enrolment(2, 'groeikracht', 'VO'),
        anEvent(SchoolWithdrewV1, {
          brin: brinOf(2),
          activity: 'groeikracht',
          sector: 'VO',
          schoolYear: '2024-2025',
        }),
      ]);
      const kpi = kpiOf(views, SCHOOLS_IN_TRAJECTORY);

      expect(kpi.figures.bySector.VO.value).toBe(1);
      expect(kpi.net?.bySector.VO.value).toBe(0);
      expect(kpi.net?.total).toEqual({ value: 1, progressPercent: 0.2 });
    });

    it('keeps a school in net while one of its enrolments was not withdrawn from', () => {
      const views = viewsOf([
        enrolment(1, 'groeikracht', 'PO', '2023-2024'),
        enrolment(1, 'groeikracht', 'PO', '2024-2025'),
        anEvent(SchoolWithdrewV1, {
          brin: brinOf(1),
          activity: 'groeikracht',
          sector: 'PO',
          schoolYear: '2023-2024',
        }),
      ]);

      expect(kpiOf(views, SCHOOLS_IN_TRAJECTORY).net?.total.value).toBe(1);
    });

    it('does not count a school that only withdrew (no enrolment yet) as a participant', () => {
      const views = viewsOf([
        anEvent(SchoolWithdrewV1, {
          brin: brinOf(1),
          activity: 'groeikracht',
          sector: 'PO',
          schoolYear: '2024-2025',
        }),
      ]);

      expect(kpiOf(views, SCHOOLS_IN_TRAJECTORY).figures.total.value).toBe(0);
      expect(views.participation[0]?.schools).toBe(0);
    });

    it('ends in the same numbers when a withdrawal arrives before its enrolment', () => {
      const enrolled = enrolment(1, 'groeikracht', 'PO');
      const withdrew = anEvent(SchoolWithdrewV1, {
        brin: brinOf(1),
        activity: 'groeikracht',
        sector: 'PO',
        schoolYear: '2024-2025',
      });

      expect(viewsOf([withdrew, enrolled])).toEqual(viewsOf([enrolled, withdrew]));
      expect(kpiOf(viewsOf([withdrew, enrolled]), SCHOOLS_IN_TRAJECTORY).net?.total.value).toBe(0);
    });

    it('does not count a redelivered event twice', () => {
      const enrolled = enrolment(1, 'groeikracht', 'PO');

      expect(viewsOf([enrolled, redelivered(enrolled)])).toEqual(viewsOf([enrolled]));
    });

    it('counts only enrolments in the pillar of the KPI', () => {
      const views = viewsOf([enrolment(1, 'groeikracht', 'PO'), enrolment(2, 'taallab-participating', 'VO')]);

      expect(kpiOf(views, SCHOOLS_IN_TRAJECTORY).figures.total.value).toBe(1);
      const labPillar = withDefinition({ rule: { kind: 'enrolled-schools', pillar: 'co-creation-labs' } });
      expect(
        viewsOf([enrolment(1, 'groeikracht', 'PO'), enrolment(2, 'taallab-participating', 'VO')], labPillar)
          .kpis[0]?.figures.total.value,
      ).toBe(1);
    });

    it('counts enrolments in the listed activities for a rule by activities', () => {
      const definitions = withDefinition({
        rule: { kind: 'enrolled-schools', activities: ['de-transformatieve-school'] },
      });

      const views = viewsOf(
        [enrolment(1, 'groeikracht', 'PO'), enrolment(2, 'de-transformatieve-school', 'VO')],
        definitions,
      );

      expect(views.kpis[0]?.figures.bySector).toEqual({
        PO: { value: 0, progressPercent: 0 },
        VO: { value: 1, progressPercent: 0.4 },
      });
    });

    it('builds a monthly cumulative series without gaps from the first to the last enrolment', () => {
      const views = viewsOf([
        enrolment(1, 'groeikracht', 'PO', '2024-2025', '2024-11-20T08:00:00Z'),
        enrolment(2, 'groeikracht', 'VO', '2024-2025', '2025-01-05T08:00:00Z'),
        enrolment(1, 'de-transformatieve-school', 'PO', '2024-2025', '2025-01-06T08:00:00Z'),
      ]);

      expect(kpiOf(views, SCHOOLS_IN_TRAJECTORY).series).toEqual([
        { month: '2024-11', total: 1, bySector: { PO: 1, VO: 0 } },
        { month: '2024-12', total: 1, bySector: { PO: 1, VO: 0 } },
        { month: '2025-01', total: 2, bySector: { PO: 1, VO: 1 } },
      ]);
    });

    it("breaks down by equal-access flag with the enrolment's snapshot", () => {
      const views = viewsOf([
        anEvent(SchoolEnrolledV1, {
          brin: brinOf(1),
          activity: 'groeikracht',
          sector: 'PO',
          schoolYear: '2024-2025',
          equalAccess: weak,
        }),
        enrolment(2, 'groeikracht', 'VO'),
      ]);
      const kpi = kpiOf(views, SCHOOLS_IN_TRAJECTORY);

      expect(kpi.byEqualAccess.weakPerforming).toEqual({ total: 1, bySector: { PO: 1, VO: 0 } });
      expect(kpi.byEqualAccess.smallRegional).toEqual({ total: 0, bySector: { PO: 0, VO: 0 } });
    });
  });

  describe('KPIs without a source', () => {
    it('reports no-source instead of zero for a KPI without events', () => {
      const definitions = withDefinition({
        rule: null,
        target: { value: 20, text: '20' },
        breakdown: 'none',
      });
      const kpi = viewsOf([enrolment(1, 'groeikracht', 'PO')], definitions).kpis[0];
      if (kpi === undefined) throw new Error('no KPI view');

      expect(kpi.status).toBe('no-source');
      expect(kpi.figures).toEqual({
        total: { value: null, progressPercent: null },
        bySector: { PO: { value: null, progressPercent: null }, VO: { value: null, progressPercent: null } },
      });
      expect(kpi.net).toBeUndefined();
      expect(kpi.series).toEqual([]);
      expect(kpi.byEqualAccess.weakPerforming).toEqual({ total: null, bySector: { PO: null, VO: null } });
      expect(kpi.target).toEqual({ value: 20, text: '20' });
    });

    it('reports no-source for a KPI with a rule that names an event outside the catalogue', () => {
      const definitions = withDefinition({ events: ['SchoolEnrolled', 'SchoolEnrolmentAudited'] });

      const views = viewsOf([enrolment(1, 'groeikracht', 'PO')], definitions);

      expect(views.kpis[0]?.status).toBe('no-source');
      expect(views.kpis[0]?.figures.total.value).toBeNull();
    });

    it('reports 0, not no-source, for a computed KPI before its first event', () => {
      const kpi = kpiOf(viewsOf([]), SCHOOLS_IN_TRAJECTORY);

      expect(kpi.status).toBe('computed');
      expect(kpi.figures.total).toEqual({ value: 0, progressPercent: 0 });
      expect(kpi.series).toEqual([]);
    });

    it('computes exactly the KPIs that existing contracts feed', () => {
      const computed = viewsOf([])
        .kpis.filter((kpi) => kpi.status === 'computed')
        .map((kpi) => kpi.id);

      expect(computed).toEqual([
        SCHOOLS_IN_TRAJECTORY,
        COACHES,
        SUSTAINABLE,
        PUPIL_DEVELOPMENT,
        USES_INTERVENTION_KNOWLEDGE,
        ...KNOWLEDGE_SHARING_KPIS,
        'co-creation-labs.labs-started',
        'co-creation-labs.diagnoses-and-interventions',
        'co-creation-labs.expert-schools-trained-for-intervention',
        'co-creation-labs.implementation-studies-completed',
        'co-creation-labs.participating-teacher-training-institutes',
        'co-creation-labs.effective-interventions',
        LAB_SCHOOLS,
        'co-creation-labs.thematic-reports',
        EXPERT_SCHOOLS,
        'expert-schools.courses-given',
        TRAINED_BY_EXPERT_SCHOOL,
        'expert-schools.schools-trained-per-year',
        'expert-schools.schools-followed-learning-track',
        'expert-schools.regional-networks',
        'expert-schools.sustainably-high-quality',
        'expert-schools.increased-professional-confidence',
      ]);
    });
  });

  describe('trained expert coaches', () => {
    it('counts distinct coaches by sector, in the school year of the training (1 August starts a year)', () => {
      const views = viewsOf([
        anEvent(ExpertCoachTrainedV1, {
          coachId: uuidOf(1),
          brin: brinOf(1),
          sector: 'PO',
          trainedOn: '2024-07-31',
        }),
        anEvent(ExpertCoachTrainedV1, {
          coachId: uuidOf(2),
          brin: brinOf(2),
          sector: 'VO',
          trainedOn: '2024-08-01',
        }),
        anEvent(ExpertCoachTrainedV1, {
          coachId: uuidOf(2),
          brin: brinOf(2),
          sector: 'VO',
          trainedOn: '2025-02-01',
        }),
      ]);
      const kpi = kpiOf(views, COACHES);

      expect(kpi.figures.bySector).toEqual({
        PO: { value: 1, progressPercent: 0.4 },
        VO: { value: 1, progressPercent: 0.4 },
      });
      expect(kpi.bySchoolYear).toEqual({
        '2023-2024': { total: 1, bySector: { PO: 1, VO: 0 } },
        '2024-2025': { total: 1, bySector: { PO: 0, VO: 1 } },
      });
    });

    it("takes a coach's equal-access flags from the school's enrolment, else its registration", () => {
      const views = viewsOf([
        anEvent(SchoolRegisteredV1, {
          brin: brinOf(1),
          equalAccess: { ...NO_EQUAL_ACCESS_FLAGS, smallRegional: true },
        }),
        anEvent(SchoolEnrolledV1, {
          brin: brinOf(2),
          activity: 'groeikracht',
          sector: 'PO',
          schoolYear: '2024-2025',
          equalAccess: weak,
        }),
        anEvent(ExpertCoachTrainedV1, { coachId: uuidOf(1), brin: brinOf(1) }),
        anEvent(ExpertCoachTrainedV1, { coachId: uuidOf(2), brin: brinOf(2) }),
      ]);
      const kpi = kpiOf(views, COACHES);

      expect(kpi.byEqualAccess.smallRegional.total).toBe(1);
      expect(kpi.byEqualAccess.weakPerforming.total).toBe(1);
    });
  });

  describe('shares of participations', () => {
    const assessed = (n: number, sustainableCulture: boolean, sector: Sector = 'PO'): ProjectedEvent[] => [
      enrolment(n, 'groeikracht', sector, '2023-2024'),
      anEvent(SustainabilityAssessedV1, {
        brin: brinOf(n),
        schoolYear: '2023-2024',
        sustainableCulture,
        assessedOn: '2025-06-10',
      }),
    ];

    it('takes the share of assessed trajectories with a sustainable culture, with progress against 50%', () => {
      const views = viewsOf([
        ...assessed(1, true),
        ...assessed(2, false),
        ...assessed(3, false),
        ...assessed(4, false, 'VO'),
      ]);
      const kpi = kpiOf(views, SUSTAINABLE);

      expect(kpi.figures).toEqual({
        total: { value: 25, progressPercent: 50 },
        bySector: { PO: { value: 33.3, progressPercent: null }, VO: { value: 0, progressPercent: null } },
      });
      expect(kpi.series).toEqual([{ month: '2025-06', total: 25, bySector: { PO: 33.3, VO: 0 } }]);
    });

    it('has no value, not 0%, while no trajectory has been assessed', () => {
      const kpi = kpiOf(viewsOf([enrolment(1, 'groeikracht', 'PO')]), SUSTAINABLE);

      expect(kpi.figures.total).toEqual({ value: null, progressPercent: null });
      expect(kpi.bySchoolYear).toEqual({});
    });

    it('takes the share of completed trajectories that improved pupil development', () => {
      const completed = (n: number, improved: boolean, completedOn: string): ProjectedEvent =>
        anEvent(ParticipationCompletedV1, {
          brin: brinOf(n),
          activity: 'de-transformatieve-school',
          sector: 'VO',
          schoolYear: '2023-2024',
          completedOn,
          pupilDevelopmentImproved: improved,
        });

      const kpi = kpiOf(
        viewsOf([
          completed(1, true, '2024-06-15'),
          completed(2, false, '2024-08-15'),
          completed(3, false, '2024-08-20'),
        ]),
        PUPIL_DEVELOPMENT,
      );

      expect(kpi.figures.total).toEqual({ value: 33.3, progressPercent: 133.2 });
      expect(kpi.series.map((point) => [point.month, point.total])).toEqual([
        ['2024-06', 100],
        ['2024-07', 100],
        ['2024-08', 33.3],
      ]);
    });
  });

  describe('expert schools from the help desk alone', () => {
    // The expert-schools KPIs read the pillar's own events (kpi-rules/expert-school-facts.rule.spec.ts): an
    // aspirant the help desk enrolled, even one whose participation completed, is no trained expert school.
    it('counts no trained expert school and no trained school from enrolments and completed participations', () => {
      const views = viewsOf([
        anEvent(SchoolEnrolledV1, { activity: 'aspirant-expert-school', brin: brinOf(1), sector: 'PO' }),
        anEvent(ParticipationCompletedV1, {
          activity: 'aspirant-expert-school',
          brin: brinOf(1),
          sector: 'PO',
          completedOn: '2024-07-01',
        }),
        anEvent(ParticipationCompletedV1, {
          activity: 'development-school',
          brin: brinOf(2),
          sector: 'VO',
          completedOn: '2025-06-01',
        }),
      ]);

      expect(kpiOf(views, EXPERT_SCHOOLS).figures.total.value).toBe(0);
      expect(kpiOf(views, TRAINED_BY_EXPERT_SCHOOL).figures.total.value).toBe(0);
    });
  });

  describe('progress', () => {
    it('gives per-sector values without progress for a KPI without a sector breakdown', () => {
      // The lab schools are counted from the labs' rosters (LabSchoolJoined), not from SchoolEnrolled.
      const views = viewsOf([
        anEvent(LabSchoolJoinedV1, { brin: brinOf(1), sector: 'PO' }),
        anEvent(LabSchoolJoinedV1, { brin: brinOf(2), sector: 'VO', role: 'participating' }),
      ]);

      expect(kpiOf(views, LAB_SCHOOLS).figures).toEqual({
        total: { value: 2, progressPercent: 3.3 },
        bySector: { PO: { value: 1, progressPercent: null }, VO: { value: 1, progressPercent: null } },
      });
    });
  });

  describe('the funnel', () => {
    it('counts each step and its conversion from the previous one', () => {
      const views = viewsOf([
        anEvent(InquiryReceivedV1, { inquiryId: uuidOf(1) }),
        anEvent(InquiryReceivedV1, { inquiryId: uuidOf(2) }),
        anEvent(InquiryReceivedV1, { inquiryId: uuidOf(3) }),
        anEvent(InquiryReceivedV1, { inquiryId: uuidOf(4) }),
        anEvent(ExploratoryConversationHeldV1, { inquiryId: uuidOf(1) }),
        anEvent(ExploratoryConversationHeldV1, { inquiryId: uuidOf(2) }),
        anEvent(InquiryReferredV1, { inquiryId: uuidOf(1) }),
        anEvent(InquiryReferredV1, { inquiryId: uuidOf(2), referral: 'outside-programme', activities: [] }),
        anEvent(IntakeCompletedV1, { intakeId: uuidOf(11), brin: brinOf(1) }),
        anEvent(IntakeCompletedV1, { intakeId: uuidOf(12), brin: brinOf(2), outcome: 'no-fit' }),
      ]);

      expect(
        views.funnel.steps.map(({ step, count, conversionPercent }) => [step, count, conversionPercent]),
      ).toEqual([
        ['inquiries', 4, null],
        ['conversations', 2, 50],
        ['referrals', 1, 50],
        ['fit-intakes', 1, 100],
        ['applications', 0, 0],
        ['grants', 0, null],
        ['enrolments', 0, null],
      ]);
    });

    it('takes the median days between steps, joining the records as documented', () => {
      const school = brinOf(1);
      const other = brinOf(2);
      const views = viewsOf([
        // School 1: inquiry 10 days to a conversation, 5 to the referral, intake by inquiryId 10 days later.
        anEvent(InquiryReceivedV1, {
          inquiryId: uuidOf(1),
          brin: school,
          receivedAt: '2024-01-01T15:00:00Z',
        }),
        anEvent(ExploratoryConversationHeldV1, { inquiryId: uuidOf(1), heldOn: '2024-01-11' }),
        anEvent(
          InquiryReferredV1,
          { inquiryId: uuidOf(1), activities: ['groeikracht'] },
          { occurredAt: '2024-01-16T09:00:00Z' },
        ),
        anEvent(IntakeCompletedV1, {
          intakeId: uuidOf(11),
          brin: school,
          inquiryId: uuidOf(1),
          heldOn: '2024-01-26',
        }),
        // School 2: no inquiry on the intake, so the BRIN's earliest referral naming the activity (20 days).
        anEvent(InquiryReceivedV1, { inquiryId: uuidOf(2), brin: other, receivedAt: '2024-01-01T09:00:00Z' }),
        anEvent(ExploratoryConversationHeldV1, { inquiryId: uuidOf(2), heldOn: '2024-01-21' }),
        anEvent(
          InquiryReferredV1,
          { inquiryId: uuidOf(2), brin: other, activities: ['groeikracht'] },
          { occurredAt: '2024-02-01T09:00:00Z' },
        ),
        anEvent(IntakeCompletedV1, { intakeId: uuidOf(12), brin: other, heldOn: '2024-02-21' }),
        // Applications: from the earliest fit intake of the BRIN and activity before them (4 and 9 days).
        anEvent(SubsidyApplicationSubmittedV1, {
          applicationId: uuidOf(21),
          brin: school,
          roundId: uuidOf(30),
          submittedAt: '2024-01-30T10:00:00Z',
        }),
        anEvent(SubsidyApplicationSubmittedV1, {
          applicationId: uuidOf(22),
          brin: other,
          roundId: uuidOf(30),
          submittedAt: '2024-03-01T10:00:00Z',
        }),
        // Grants by applicationId (30 days), enrolment by applicationId (12 days).
        anEvent(SubsidyGrantedV1, {
          applicationId: uuidOf(21),
          brin: school,
          roundId: uuidOf(30),
          decidedOn: '2024-02-29',
        }),
        anEvent(
          SchoolEnrolledV1,
          {
            brin: school,
            activity: 'groeikracht',
            sector: 'PO',
            schoolYear: '2024-2025',
            applicationId: uuidOf(21),
          },
          { occurredAt: '2024-03-12T08:00:00Z' },
        ),
      ]);

      expect(
        views.funnel.steps.map(({ step, medianDaysFromPrevious }) => [step, medianDaysFromPrevious]),
      ).toEqual([
        ['inquiries', null],
        ['conversations', 15],
        ['referrals', 8],
        ['fit-intakes', 15],
        ['applications', 6.5],
        ['grants', 30],
        ['enrolments', 12],
      ]);
    });
  });

  describe('equal access', () => {
    it('compares per school year the schools enrolled that year, with the flags of that year’s enrolment', () => {
      const views = viewsOf([
        ...[1, 2, 3, 4].map((n) =>
          anEvent(SchoolRegisteredV1, { brin: brinOf(n), equalAccess: { ...NO_EQUAL_ACCESS_FLAGS } }),
        ),
        // School 1 was weak-performing when it enrolled for 2023-2024, no longer for 2024-2025.
        anEvent(
          SchoolEnrolledV1,
          {
            brin: brinOf(1),
            activity: 'groeikracht',
            sector: 'PO',
            schoolYear: '2023-2024',
            equalAccess: weak,
          },
          { occurredAt: '2023-04-01T08:00:00Z' },
        ),
        enrolment(1, 'de-transformatieve-school', 'PO', '2024-2025'),
        enrolment(2, 'groeikracht', 'PO', '2024-2025'),
      ]);
      const weakIn = (year: string) =>
        views.equalAccess.bySchoolYear?.[year]?.flags.find(({ flag }) => flag === 'weakPerforming');

      expect(Object.keys(views.equalAccess.bySchoolYear ?? {})).toEqual(['2023-2024', '2024-2025']);
      expect(views.equalAccess.bySchoolYear?.['2023-2024']).toMatchObject({
        participantsTotal: 1,
        registeredTotal: 4,
      });
      expect(weakIn('2023-2024')?.participants).toEqual({ count: 1, sharePercent: 100 });
      expect(views.equalAccess.bySchoolYear?.['2024-2025']?.participantsTotal).toBe(2);
      expect(weakIn('2024-2025')?.participants).toEqual({ count: 0, sharePercent: 0 });
    });

    it('compares the shares of participants with those of registered schools', () => {
      const views = viewsOf([
        anEvent(SchoolRegisteredV1, { brin: brinOf(1), equalAccess: weak }),
        ...[2, 3, 4].map((n) =>
          anEvent(SchoolRegisteredV1, { brin: brinOf(n), equalAccess: { ...NO_EQUAL_ACCESS_FLAGS } }),
        ),
        anEvent(SchoolEnrolledV1, {
          brin: brinOf(1),
          activity: 'groeikracht',
          sector: 'PO',
          schoolYear: '2024-2025',
          equalAccess: weak,
        }),
        enrolment(2, 'groeikracht', 'PO'),
      ]);

      expect(views.equalAccess.participantsTotal).toBe(2);
      expect(views.equalAccess.registeredTotal).toBe(4);
      expect(views.equalAccess.flags[0]).toEqual({
        flag: 'weakPerforming',
        participants: { count: 1, sharePercent: 50 },
        registered: { count: 1, sharePercent: 25 },
        differencePercentagePoints: 25,
      });
    });

    it("uses a participant's latest enrolment snapshot", () => {
      const views = viewsOf([
        anEvent(
          SchoolEnrolledV1,
          {
            brin: brinOf(1),
            activity: 'groeikracht',
            sector: 'PO',
            schoolYear: '2023-2024',
            equalAccess: weak,
          },
          { occurredAt: '2023-04-01T08:00:00Z' },
        ),
        anEvent(
          SchoolEnrolledV1,
          {
            brin: brinOf(1),
            activity: 'groeikracht',
            sector: 'PO',
            schoolYear: '2024-2025',
            equalAccess: NO_EQUAL_ACCESS_FLAGS,
          },
          { occurredAt: '2024-04-01T08:00:00Z' },
        ),
      ]);

      expect(views.equalAccess.flags[0]?.participants).toEqual({ count: 0, sharePercent: 0 });
      expect(views.equalAccess.flags[0]?.differencePercentagePoints).toBeNull();
    });
  });

  describe('subsidy rounds', () => {
    it('reports per round the budget, grants, remaining budget and used percentage', () => {
      const round = uuidOf(30);
      const views = viewsOf([
        anEvent(SubsidyRoundOpenedV1, {
          roundId: round,
          budgetCents: 20_000_000,
          maxGrants: 4,
          schoolYear: '2024-2025',
        }),
        anEvent(SubsidyGrantedV1, {
          applicationId: uuidOf(1),
          brin: brinOf(1),
          roundId: round,
          grantedAmountCents: 5_000_000,
        }),
        anEvent(SubsidyGrantedV1, {
          applicationId: uuidOf(2),
          brin: brinOf(2),
          roundId: round,
          grantedAmountCents: 2_500_000,
        }),
      ]);

      expect(views.rounds).toEqual([
        {
          roundId: round,
          schoolYear: '2024-2025',
          budgetCents: 20_000_000,
          maxGrants: 4,
          grantedCents: 7_500_000,
          grants: 2,
          remainingCents: 12_500_000,
          usedPercent: 37.5,
        },
      ]);
    });

    it('reports a round it saw grants for but not its opening, with no budget', () => {
      const views = viewsOf([
        anEvent(SubsidyGrantedV1, {
          applicationId: uuidOf(1),
          brin: brinOf(1),
          roundId: uuidOf(31),
          schoolYear: '2024-2025',
        }),
      ]);

      expect(views.rounds).toEqual([
        expect.objectContaining({
          roundId: uuidOf(31),
          schoolYear: '2024-2025',
          budgetCents: null,
          grants: 1,
          usedPercent: null,
        }),
      ]);
    });

    it('takes the smallest school year the grants of an unopened round name, whatever their order', () => {
      const grants = [
        anEvent(SubsidyGrantedV1, {
          applicationId: uuidOf(1),
          brin: brinOf(1),
          roundId: uuidOf(31),
          schoolYear: '2025-2026',
        }),
        anEvent(SubsidyGrantedV1, {
          applicationId: uuidOf(2),
          brin: brinOf(2),
          roundId: uuidOf(31),
          schoolYear: '2024-2025',
        }),
      ];

      const yearOf = (events: ProjectedEvent[]): string | undefined => viewsOf(events).rounds[0]?.schoolYear;

      expect(yearOf(grants)).toBe('2024-2025');
      expect(yearOf([...grants].reverse())).toBe('2024-2025');
    });
  });

  describe('participation per pillar', () => {
    it('counts distinct participating schools per pillar by sector', () => {
      const views = viewsOf([
        enrolment(1, 'groeikracht', 'PO'),
        enrolment(1, 'de-transformatieve-school', 'PO'),
        enrolment(2, 'groeikracht', 'VO'),
        enrolment(3, 'development-school', 'VO'),
      ]);

      expect(
        views.participation.map(({ pillar, schools, bySector }) => ({ pillar, schools, bySector })),
      ).toEqual([
        { pillar: 'improvement-culture', schools: 2, bySector: { PO: 1, VO: 1 } },
        { pillar: 'knowledge-sharing', schools: 0, bySector: { PO: 0, VO: 0 } },
        { pillar: 'co-creation-labs', schools: 0, bySector: { PO: 0, VO: 0 } },
        { pillar: 'expert-schools', schools: 1, bySector: { PO: 0, VO: 1 } },
        { pillar: 'all', schools: 3, bySector: { PO: 1, VO: 2 } },
      ]);
    });

    it('counts net schools without those that withdrew from every participation, per pillar, overall and per school year', () => {
      const views = viewsOf([
        enrolment(1, 'groeikracht', 'PO', '2023-2024'),
        enrolment(1, 'groeikracht', 'PO', '2024-2025'),
        enrolment(2, 'groeikracht', 'VO', '2024-2025'),
        enrolment(3, 'development-school', 'VO', '2024-2025'),
        // School 1 withdraws in 2024-2025 but still took part in 2023-2024; school 2 withdraws from its only one.
        anEvent(SchoolWithdrewV1, {
          brin: brinOf(1),
          activity: 'groeikracht',
          sector: 'PO',
          schoolYear: '2024-2025',
        }),
        anEvent(SchoolWithdrewV1, {
          brin: brinOf(2),
          activity: 'groeikracht',
          sector: 'VO',
          schoolYear: '2024-2025',
        }),
      ]);
      const of = (pillar: string) => views.participation.find((entry) => entry.pillar === pillar);

      expect(of('improvement-culture')).toMatchObject({
        schools: 2,
        netSchools: 1,
        netBySector: { PO: 1, VO: 0 },
        bySchoolYear: {
          '2023-2024': { schools: 1, netSchools: 1 },
          '2024-2025': { schools: 2, netSchools: 0, bySector: { PO: 1, VO: 1 } },
        },
      });
      expect(of('all')).toMatchObject({
        schools: 3,
        bySector: { PO: 1, VO: 2 },
        netSchools: 2,
        netBySector: { PO: 1, VO: 1 },
        bySchoolYear: { '2024-2025': { schools: 3, netSchools: 1 } },
      });
    });
  });

  describe('the whole set of views', () => {
    it('lists the KPIs in the order of the definitions', () => {
      expect(viewsOf([]).kpis.map((kpi) => kpi.id)).toEqual(KPI_DEFINITIONS.kpis.map((kpi) => kpi.id));
    });

    it('passes on the counts of ignored events', () => {
      const state = emptyState();
      countIgnored(state, 'SchoolEnrolled', 2);

      expect(computeViews(state, KPI_DEFINITIONS).ignored).toEqual({ 'SchoolEnrolled@2': 1 });
    });

    it('computes the same views from a state restored from JSON', () => {
      const state = stateOf([
        enrolment(1, 'groeikracht', 'PO'),
        anEvent(ExpertCoachTrainedV1, { coachId: uuidOf(1), brin: brinOf(1) }),
      ]);
      const restored = JSON.parse(JSON.stringify(state)) as MonitoringState;

      expect(computeViews(restored, KPI_DEFINITIONS)).toEqual(computeViews(state, KPI_DEFINITIONS));
    });
  });
});

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, index) => from + index);
}
