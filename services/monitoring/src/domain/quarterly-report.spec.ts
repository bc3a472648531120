import { SchoolEnrolledV1, SustainabilityAssessedV1 } from '@okr/contracts';
import { KPI_DEFINITIONS, type KpiDefinitions } from '../kpi/kpi-definitions';
import { computeViews } from './compute-views';
import { brinOf } from '@okr/contracts/testing';
import { anEvent } from '../../test/support/projected-events';
import { applyEvent, emptyState } from './monitoring-state';
import type { ProjectedEvent } from './projected-event';
import { quarterlyReport, reportCsv } from './quarterly-report';
import type { KpiDetail } from './views';

const TRAJECTORY = 'improvement-culture.schools-in-trajectory';
const SUSTAINABLE = 'improvement-culture.sustainable-culture';
const KNOWLEDGE_SQUARES = 'knowledge-sharing.knowledge-squares';
const PER_YEAR = 'expert-schools.schools-trained-per-year';

function kpisOf(
  events: readonly ProjectedEvent[],
  ids: readonly string[],
  definitions: KpiDefinitions = KPI_DEFINITIONS,
): KpiDetail[] {
  const state = emptyState();
  for (const event of events) applyEvent(state, event);
  const kpis = computeViews(state, definitions).kpis;
  return ids.map((id) => kpis.find((kpi) => kpi.id === id)).filter((kpi) => kpi !== undefined);
}

// One PO school enrolled in October 2024 and one VO school in January 2025; one of them assessed in
// November 2024 as showing a sustainable culture.
const history: ProjectedEvent[] = [
  anEvent(
    SchoolEnrolledV1,
    { brin: brinOf(1), activity: 'groeikracht', sector: 'PO', schoolYear: '2024-2025' },
    { occurredAt: '2024-10-15T08:00:00Z' },
  ),
  anEvent(
    SchoolEnrolledV1,
    { brin: brinOf(2), activity: 'groeikracht', sector: 'VO', schoolYear: '2024-2025' },
    { occurredAt: '2025-01-15T08:00:00Z' },
  ),
  anEvent(SustainabilityAssessedV1, {
    brin: brinOf(1),
    schoolYear: '2024-2025',
    sustainableCulture: true,
    assessedOn: '2024-11-20',
  }),
];

describe('the quarterly report', () => {
  it('spans the quarter and lists one row per KPI in the given order', () => {
    const report = quarterlyReport(kpisOf(history, [TRAJECTORY, SUSTAINABLE, KNOWLEDGE_SQUARES]), '2024-Q4');

    expect(report).toMatchObject({ period: '2024-Q4', from: '2024-10-01', to: '2024-12-31' });
    expect(report.rows.map((row) => row.kpiId)).toEqual([TRAJECTORY, SUSTAINABLE, KNOWLEDGE_SQUARES]);
  });

  it("reports each KPI's value and progress as of the end of the quarter, from its series", () => {
    const [trajectory, sustainable] = quarterlyReport(
      kpisOf(history, [TRAJECTORY, SUSTAINABLE]),
      '2024-Q4',
    ).rows;

    expect(trajectory).toMatchObject({
      kpi: 'Scholen die deelnemen aan een verbetercultuur-traject',
      kpiEn: 'Schools taking part in an improvement-culture trajectory',
      target: '250 PO, 250 VO',
      value: '1 PO, 0 VO',
      progress: '0.4% PO, 0% VO',
      status: 'computed',
      figures: {
        total: { value: 1, progressPercent: 0.2 },
        bySector: { PO: { value: 1, progressPercent: 0.4 }, VO: { value: 0, progressPercent: 0 } },
      },
    });
    expect(sustainable).toMatchObject({ target: '50%', value: '100%', progress: '200%' });
  });

  it('takes the last point of the series for a quarter after it', () => {
    const [trajectory] = quarterlyReport(kpisOf(history, [TRAJECTORY]), '2026-Q2').rows;

    expect(trajectory?.value).toBe('1 PO, 1 VO');
  });

  it('reports 0 for a count before its first point, and no value for a share', () => {
    const [trajectory, sustainable] = quarterlyReport(
      kpisOf(history, [TRAJECTORY, SUSTAINABLE]),
      '2024-Q3',
    ).rows;

    expect(trajectory).toMatchObject({ value: '0 PO, 0 VO', progress: '0% PO, 0% VO' });
    expect(sustainable).toMatchObject({ value: '', progress: '' });
    expect(sustainable?.figures?.total).toEqual({ value: null, progressPercent: null });
  });

  it('reports neither value nor progress for a KPI without a source', () => {
    // The knowledge squares as they were before an event fed them: a rule-less row.
    const withoutSource = {
      ...KPI_DEFINITIONS,
      kpis: KPI_DEFINITIONS.kpis.map((kpi) => (kpi.id === KNOWLEDGE_SQUARES ? { ...kpi, rule: null } : kpi)),
    };
    const [squares] = quarterlyReport(kpisOf(history, [KNOWLEDGE_SQUARES], withoutSource), '2024-Q4').rows;

    expect(squares).toMatchObject({
      status: 'no-source',
      target: '20',
      value: '',
      progress: '',
      figures: null,
    });
  });

  it.each(['2024-Q5', '2024-Q0', '2024Q1', '24-Q1', '2024-q1', ''])(
    'throws a RangeError for the period "%s", which is not YYYY-Qn',
    (period) => {
      expect(() => quarterlyReport([], period)).toThrow(RangeError);
      expect(() => quarterlyReport([], period)).toThrow(/expected a year and quarter written YYYY-Qn/);
    },
  );

  it('writes CSV with a header, RFC 4180 quoting and CRLF line ends', () => {
    const [trajectory, sustainable, perYear] = kpisOf(history, [TRAJECTORY, SUSTAINABLE, PER_YEAR]);
    const quoted = { ...sustainable!, name: { nl: 'Een "duurzame" cultuur', en: 'A "sustainable" culture' } };

    const csv = reportCsv(quarterlyReport([trajectory!, quoted, perYear!], '2024-Q4'));

    expect(csv).toBe(
      'pillar,kpi,kind,target,value,progress,kpi_id,status\r\n' +
        'improvement-culture,Scholen die deelnemen aan een verbetercultuur-traject,output,"250 PO, 250 VO",' +
        '"1 PO, 0 VO","0.4% PO, 0% VO",improvement-culture.schools-in-trajectory,computed\r\n' +
        'improvement-culture,"Een ""duurzame"" cultuur",outcome,50%,100%,200%,' +
        'improvement-culture.sustainable-culture,computed\r\n' +
        'expert-schools,"Scholen opgeleid per jaar door interventie uit lab, verbetercultuurwijze of bestaande ' +
        'bewezen effectieve werkwijze",output,,0,,expert-schools.schools-trained-per-year,computed\r\n',
    );
  });
});
