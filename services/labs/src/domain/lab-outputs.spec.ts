import { holdLabDay } from './lab-day.entity';
import { recordLabSchool } from './roster.entity';
import { publishThematicReport } from './thematic-report.entity';

const LAB_ID = '0190f4c2-7a1b-7c3d-8e4f-5a6b7c8d9e10';
const REPORT_ID = '0190f4c2-7a1b-7c3d-8e4f-5a6b7c8d9e17';
const DIAGNOSIS_ID = '0190f4c2-7a1b-7c3d-8e4f-5a6b7c8d9e15';
const INTERVENTION_ID = '0190f4c2-7a1b-7c3d-8e4f-5a6b7c8d9e12';
const LAB_DAY_ID = '0190f4c2-7a1b-7c3d-8e4f-5a6b7c8d9e18';

describe('a thematic report', () => {
  const report = {
    reportId: REPORT_ID,
    labId: LAB_ID,
    title: 'Zomerdip en zomerschool',
    publishedOn: '2025-03-15',
    diagnosisIds: [DIAGNOSIS_ID],
    interventionIds: [INTERVENTION_ID],
    themes: ['P6.D' as const],
    labStartedOn: '2023-09-01',
    knownDiagnosisIds: new Set([DIAGNOSIS_ID]),
    knownInterventionIds: new Set([INTERVENTION_ID]),
  };

  it("is published about the lab's own diagnoses and interventions, without its title in the event", () => {
    const { events } = publishThematicReport(undefined, report);

    expect(events).toEqual([
      {
        type: 'ThematicReportPublished',
        data: {
          reportId: REPORT_ID,
          labId: LAB_ID,
          diagnosisIds: [DIAGNOSIS_ID],
          interventionIds: [INTERVENTION_ID],
          themes: ['P6.D'],
          publishedOn: '2025-03-15',
        },
      },
    ]);
  });

  it('refuses deliverables of no sub-project of the lab, a second publication, and a day before the lab started', () => {
    expect(() => publishThematicReport(undefined, { ...report, knownInterventionIds: new Set() })).toThrow(
      expect.objectContaining({
        code: 'REPORT.UNKNOWN_DELIVERABLE',
        details: { unknown: [INTERVENTION_ID] },
      }),
    );
    const published = publishThematicReport(undefined, report).state;
    expect(() => publishThematicReport(published, report)).toThrow(
      expect.objectContaining({ code: 'REPORT.ALREADY_PUBLISHED' }),
    );
    expect(() => publishThematicReport(undefined, { ...report, publishedOn: '2023-08-01' })).toThrow(
      expect.objectContaining({ code: 'LAB.DATE_OUT_OF_ORDER' }),
    );
  });
});

describe('a lab day', () => {
  const roster = recordLabSchool(undefined, {
    labId: LAB_ID,
    brin: '12AB',
    schoolYear: '2024-2025',
    role: 'participating',
    sector: 'PO',
    joinedOn: '2024-09-01',
  }).state;
  const day = {
    labDayId: LAB_DAY_ID,
    labId: LAB_ID,
    heldOn: '2025-03-20',
    topic: 'Leesplezier',
    brins: ['12AB'],
    labStartedOn: '2023-09-01',
    roster,
  };

  it('is held with the schools on the roster that attended', () => {
    const { events } = holdLabDay(undefined, day);

    expect(events).toEqual([
      {
        type: 'LabDayHeld',
        data: { labDayId: LAB_DAY_ID, labId: LAB_ID, brins: ['12AB'], heldOn: '2025-03-20' },
      },
    ]);
  });

  it('refuses schools that were not on the roster that day, and recording it twice', () => {
    expect(() => holdLabDay(undefined, { ...day, brins: ['12AB', '34CD'] })).toThrow(
      expect.objectContaining({
        code: 'LAB_DAY.SCHOOL_NOT_ON_ROSTER',
        details: { brins: ['34CD'], heldOn: '2025-03-20' },
      }),
    );
    expect(() => holdLabDay(undefined, { ...day, heldOn: '2024-08-31' })).toThrow(
      expect.objectContaining({ code: 'LAB_DAY.SCHOOL_NOT_ON_ROSTER' }),
    );
    const held = holdLabDay(undefined, day).state;
    expect(() => holdLabDay(held, day)).toThrow(expect.objectContaining({ code: 'LAB_DAY.ALREADY_HELD' }));
  });
});
