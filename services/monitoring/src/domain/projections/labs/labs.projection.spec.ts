import {
  DiagnosisDeliveredV1,
  InterventionDesignedV1,
  LabPhaseEnteredV1,
  LabSchoolJoinedV1,
  LabSchoolLeftV1,
  LabStartedV1,
  PilotCompletedV1,
  SchoolEnrolledV2,
  SchoolRegisteredV2,
  StudyCompletedV1,
  SubProjectDecidedV1,
  SubProjectPhaseEnteredV1,
  SubProjectStartedV1,
  TeacherTrainingInstituteJoinedV1,
  TeacherTrainingInstituteLeftV1,
  ThematicReportPublishedV1,
} from '@okr/contracts';
import { brinOf, NO_EQUAL_ACCESS_FLAGS, uuidOf } from '@okr/contracts/testing';
import { anEvent, redelivered, stateOf } from '../../../../test/support/projected-events';
import { KPI_DEFINITIONS } from '../../../kpi/kpi-definitions';
import { computeViews } from '../../compute-views';
import { LiveViews } from '../../live-views';
import { applyEvent, emptyState, recordOf } from '../../monitoring-state';
import type { ProjectedEvent } from '../../projected-event';
import type { KpiDetail, MonitoringViews } from '../../views';

const LAB = uuidOf(1);
const OTHER_LAB = uuidOf(2);

function kpiOf(events: readonly ProjectedEvent[], id: string): KpiDetail {
  const found = computeViews(stateOf(events), KPI_DEFINITIONS).kpis.find((kpi) => kpi.id === id);
  if (found === undefined) throw new Error(`no KPI ${id}`);
  return found;
}

const total = (events: readonly ProjectedEvent[], id: string): number | null =>
  kpiOf(events, id).figures.total.value;

describe('the co-creation labs KPIs', () => {
  it('counts labs started, once each, in the school year of their start', () => {
    const events = [
      anEvent(LabStartedV1, { labId: LAB, labCode: 'taallab', startedOn: '2023-09-01' }),
      anEvent(LabStartedV1, { labId: OTHER_LAB, labCode: 'lerarenlab', startedOn: '2024-08-01' }),
    ];

    const kpi = kpiOf([...events, redelivered(events[0] as ProjectedEvent)], 'co-creation-labs.labs-started');

    expect(kpi.status).toBe('computed');
    expect(kpi.figures.total).toEqual({ value: 2, progressPercent: 66.7 });
    expect(kpi.bySchoolYear).toEqual({
      '2023-2024': { total: 1, bySector: { PO: 0, VO: 0 } },
      '2024-2025': { total: 1, bySector: { PO: 0, VO: 0 } },
    });
  });

  it('counts diagnoses and designed interventions together, each once, and studies and reports on their own', () => {
    const events = [
      anEvent(DiagnosisDeliveredV1, { diagnosisId: uuidOf(11) }),
      anEvent(DiagnosisDeliveredV1, { diagnosisId: uuidOf(11), deliveredOn: '2024-01-01' }),
      anEvent(InterventionDesignedV1, { interventionId: uuidOf(12) }),
      anEvent(InterventionDesignedV1, { interventionId: uuidOf(13) }),
      anEvent(StudyCompletedV1, { studyId: uuidOf(14) }),
      anEvent(ThematicReportPublishedV1, { reportId: uuidOf(15) }),
      anEvent(ThematicReportPublishedV1, { reportId: uuidOf(16) }),
    ];

    expect(total(events, 'co-creation-labs.diagnoses-and-interventions')).toBe(3);
    expect(total(events, 'co-creation-labs.implementation-studies-completed')).toBe(1);
    expect(total(events, 'co-creation-labs.thematic-reports')).toBe(2);
  });

  it('counts a teacher-training institute in two labs once, and net of one that left', () => {
    const events = [
      anEvent(TeacherTrainingInstituteJoinedV1, {
        labId: LAB,
        instituteId: uuidOf(21),
        joinedOn: '2024-01-15',
      }),
      anEvent(TeacherTrainingInstituteJoinedV1, {
        labId: OTHER_LAB,
        instituteId: uuidOf(21),
        joinedOn: '2024-02-01',
      }),
      anEvent(TeacherTrainingInstituteJoinedV1, {
        labId: LAB,
        instituteId: uuidOf(22),
        joinedOn: '2024-03-01',
      }),
      anEvent(TeacherTrainingInstituteLeftV1, { labId: LAB, instituteId: uuidOf(22), leftOn: '2024-06-01' }),
    ];

    const kpi = kpiOf(events, 'co-creation-labs.participating-teacher-training-institutes');

    expect(kpi.figures.total.value).toBe(2);
    expect(kpi.net?.total.value).toBe(1);
  });

  it('counts an intervention effective once a completed pilot shows a positive effect on pupil results', () => {
    const effective = anEvent(PilotCompletedV1, {
      pilotId: uuidOf(31),
      interventionId: uuidOf(41),
      result: 'effective',
    });
    const events = [
      effective,
      anEvent(PilotCompletedV1, { pilotId: uuidOf(32), interventionId: uuidOf(41), result: 'effective' }),
      anEvent(PilotCompletedV1, { pilotId: uuidOf(33), interventionId: uuidOf(42), result: 'not-effective' }),
      anEvent(PilotCompletedV1, { pilotId: uuidOf(34), interventionId: uuidOf(43), result: 'inconclusive' }),
    ];

    expect(total([], 'co-creation-labs.effective-interventions')).toBe(0);
    expect(total(events, 'co-creation-labs.effective-interventions')).toBe(1);
    expect(total([...events, redelivered(effective)], 'co-creation-labs.effective-interventions')).toBe(1);
  });

  it('counts participating schools by BRIN across labs and years, per sector, and net of those that left', () => {
    const joined = (n: number, labId: string, schoolYear: string, sector: 'PO' | 'VO'): ProjectedEvent =>
      anEvent(LabSchoolJoinedV1, {
        labId,
        brin: brinOf(n),
        schoolYear,
        sector,
        joinedOn: `${schoolYear.slice(0, 4)}-09-01`,
      });
    const events = [
      joined(1, LAB, '2024-2025', 'PO'),
      joined(1, OTHER_LAB, '2024-2025', 'PO'),
      joined(1, LAB, '2025-2026', 'PO'),
      joined(2, LAB, '2024-2025', 'VO'),
      joined(3, OTHER_LAB, '2025-2026', 'PO'),
      anEvent(LabSchoolLeftV1, {
        labId: LAB,
        brin: brinOf(2),
        schoolYear: '2024-2025',
        sector: 'VO',
        leftOn: '2025-01-10',
      }),
    ];

    const kpi = kpiOf(events, 'co-creation-labs.participating-schools');

    expect(kpi.figures.total.value).toBe(3);
    expect(kpi.figures.bySector).toEqual({
      PO: { value: 2, progressPercent: null },
      VO: { value: 1, progressPercent: null },
    });
    expect(kpi.net?.total.value).toBe(2);
    expect(kpi.bySchoolYear).toEqual({
      '2024-2025': { total: 2, bySector: { PO: 1, VO: 1 } },
      '2025-2026': { total: 2, bySector: { PO: 2, VO: 0 } },
    });
  });

  it('counts the same lab schools in the schools per pillar, from the rosters and not from SchoolEnrolled', () => {
    const events = [
      anEvent(SchoolEnrolledV2, { brin: brinOf(7), activity: 'taallab-co-creating', sector: 'PO' }),
      anEvent(LabSchoolJoinedV1, { brin: brinOf(8), sector: 'VO' }),
      anEvent(LabSchoolJoinedV1, { labId: OTHER_LAB, brin: brinOf(8), sector: 'VO' }),
    ];

    const labs = computeViews(stateOf(events), KPI_DEFINITIONS).participation.find(
      (pillar) => pillar.pillar === 'co-creation-labs',
    );

    expect(labs).toMatchObject({ pillar: 'co-creation-labs', schools: 1, bySector: { PO: 0, VO: 1 } });
    expect(total(events, 'co-creation-labs.participating-schools')).toBe(1);
  });

  it('takes a school back on the roster when it joins again after it left', () => {
    const left = [
      anEvent(LabSchoolJoinedV1, { brin: brinOf(5), joinedOn: '2024-09-01', schoolYear: '2024-2025' }),
      anEvent(LabSchoolLeftV1, { brin: brinOf(5), leftOn: '2024-10-01', schoolYear: '2024-2025' }),
    ];
    const back = anEvent(LabSchoolJoinedV1, {
      brin: brinOf(5),
      joinedOn: '2024-11-01',
      schoolYear: '2024-2025',
    });

    expect(kpiOf(left, 'co-creation-labs.participating-schools').net?.total.value).toBe(0);
    expect(kpiOf([back, ...left], 'co-creation-labs.participating-schools').net?.total.value).toBe(1);
  });
});

describe('the labs records', () => {
  it('keep a lab in the furthest phase it entered, whatever the order', () => {
    const design = anEvent(LabPhaseEnteredV1, { labId: LAB, phase: 'design', enteredOn: '2024-09-02' });
    const pilot = anEvent(LabPhaseEnteredV1, { labId: LAB, phase: 'pilot', enteredOn: '2023-09-01' });

    expect(stateOf([design, pilot]).labs[LAB]).toEqual(stateOf([pilot, design]).labs[LAB]);
    expect(stateOf([design, pilot]).labs[LAB]).toMatchObject({
      phase: 'design',
      phaseEnteredOn: '2024-09-02',
    });
  });

  it('keep a sub-project in its latest phase, with every phase it reached and its conclusion, in any order', () => {
    const id = uuidOf(51);
    const events = [
      anEvent(SubProjectStartedV1, { subProjectId: id, phase: 'detect', startedOn: '2024-01-08' }),
      anEvent(SubProjectPhaseEnteredV1, {
        subProjectId: id,
        fromPhase: 'detect',
        phase: 'diagnose',
        enteredOn: '2024-03-01',
      }),
      anEvent(SubProjectPhaseEnteredV1, {
        subProjectId: id,
        fromPhase: 'diagnose',
        phase: 'design',
        enteredOn: '2024-06-01',
      }),
      anEvent(SubProjectDecidedV1, { subProjectId: id, decision: 'stop', decidedOn: '2024-09-01' }),
    ];

    const forwards = stateOf(events).subProjects[id];

    expect(forwards).toMatchObject({
      phase: 'design',
      reached: ['decide', 'design', 'detect', 'diagnose'],
      conclusion: 'stop',
    });
    expect(stateOf([...events].reverse()).subProjects[id]).toEqual(forwards);
  });
});

describe('the 5D funnel per lab', () => {
  it('counts per phase the sub-projects that reached it and those in it now, and the concluded ones', () => {
    const [a, b, c] = [uuidOf(61), uuidOf(62), uuidOf(63)];
    const events = [
      anEvent(LabStartedV1, { labId: LAB, labCode: 'taallab' }),
      anEvent(SubProjectStartedV1, { labId: LAB, subProjectId: a, phase: 'detect', startedOn: '2024-01-08' }),
      anEvent(SubProjectPhaseEnteredV1, {
        labId: LAB,
        subProjectId: a,
        fromPhase: 'detect',
        phase: 'diagnose',
        enteredOn: '2024-03-01',
      }),
      anEvent(SubProjectStartedV1, { labId: LAB, subProjectId: b, phase: 'design', startedOn: '2024-01-08' }),
      anEvent(SubProjectStartedV1, { labId: LAB, subProjectId: c, phase: 'decide', startedOn: '2024-01-08' }),
      anEvent(SubProjectDecidedV1, {
        labId: LAB,
        subProjectId: c,
        decision: 'scale-up',
        decidedOn: '2024-05-01',
      }),
      anEvent(SubProjectStartedV1, {
        labId: OTHER_LAB,
        subProjectId: uuidOf(64),
        phase: 'determine',
        startedOn: '2024-01-08',
      }),
    ];

    const funnels = computeViews(stateOf(events), KPI_DEFINITIONS).labFunnel;

    expect(funnels.map((funnel) => [funnel.labCode, funnel.subProjects])).toEqual([
      [null, 1],
      ['taallab', 3],
    ]);
    expect(funnels[1]).toEqual({
      labId: LAB,
      labCode: 'taallab',
      subProjects: 3,
      steps: [
        { phase: 'detect', reached: 1, current: 0 },
        { phase: 'diagnose', reached: 1, current: 1 },
        { phase: 'design', reached: 1, current: 1 },
        { phase: 'determine', reached: 0, current: 0 },
        { phase: 'decide', reached: 1, current: 0 },
      ],
      concluded: { 'scale-up': 1, stop: 0 },
    });
  });
});

describe('the live views of the labs KPIs', () => {
  it('equal the views computed from the whole state after every event of a lab history', () => {
    const state = emptyState();
    const live = new LiveViews(state, KPI_DEFINITIONS);
    const history: ProjectedEvent[] = [
      anEvent(SchoolRegisteredV2, {
        brin: brinOf(1),
        equalAccess: { ...NO_EQUAL_ACCESS_FLAGS, smallRegional: true },
      }),
      anEvent(LabStartedV1, { labId: LAB }),
      anEvent(LabSchoolJoinedV1, { labId: LAB, brin: brinOf(1), sector: 'VO' }),
      anEvent(LabSchoolJoinedV1, { labId: OTHER_LAB, brin: brinOf(1), sector: 'VO' }),
      anEvent(LabSchoolJoinedV1, { labId: LAB, brin: brinOf(2) }),
      anEvent(SchoolEnrolledV2, { brin: brinOf(3), activity: 'lerarenlab-participating' }),
      anEvent(TeacherTrainingInstituteJoinedV1, { labId: LAB, instituteId: uuidOf(21) }),
      anEvent(TeacherTrainingInstituteJoinedV1, { labId: OTHER_LAB, instituteId: uuidOf(21) }),
      anEvent(DiagnosisDeliveredV1, { diagnosisId: uuidOf(11) }),
      anEvent(InterventionDesignedV1, { interventionId: uuidOf(12) }),
      anEvent(PilotCompletedV1, { pilotId: uuidOf(31), interventionId: uuidOf(12), result: 'inconclusive' }),
      anEvent(
        PilotCompletedV1,
        { pilotId: uuidOf(31), interventionId: uuidOf(12), result: 'effective' },
        { occurredAt: '2024-02-01T09:00:00Z' },
      ),
      anEvent(LabSchoolLeftV1, { labId: LAB, brin: brinOf(2) }),
      anEvent(TeacherTrainingInstituteLeftV1, { labId: LAB, instituteId: uuidOf(21) }),
      anEvent(SchoolRegisteredV2, {
        brin: brinOf(2),
        equalAccess: { ...NO_EQUAL_ACCESS_FLAGS, weakPerforming: true },
      }),
    ];
    const labKpis = (views: MonitoringViews): KpiDetail[] =>
      views.kpis.filter((kpi) => kpi.pillar === 'co-creation-labs');

    for (const event of [...history, ...history.map(redelivered)]) {
      if (applyEvent(state, event)) {
        const ref = recordOf(event);
        if (ref !== undefined) live.recordChanged(ref);
      }
      expect(live.views()).toEqual(computeViews(state, KPI_DEFINITIONS));
    }
    expect(labKpis(live.views()).map((kpi) => [kpi.id, kpi.figures.total.value])).toEqual([
      ['co-creation-labs.labs-started', 1],
      ['co-creation-labs.diagnoses-and-interventions', 2],
      // Fed by expert schools' certifications, none of which is in a lab's history.
      ['co-creation-labs.expert-schools-trained-for-intervention', 0],
      ['co-creation-labs.implementation-studies-completed', 0],
      ['co-creation-labs.participating-teacher-training-institutes', 1],
      ['co-creation-labs.effective-interventions', 1],
      ['co-creation-labs.participating-schools', 2],
      ['co-creation-labs.thematic-reports', 0],
    ]);
  });
});
