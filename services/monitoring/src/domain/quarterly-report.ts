import { figuresOf, type Values } from './figures';
import type { KpiDetail, QuarterlyReport, QuarterlyReportRow, SectorFigures } from './views';

// The quarterly progress review (001 §4.1): the KPI tables of 001 §4.3 with the value of each KPI as of the
// end of the quarter, read from the KPI's monthly series so a report of a past quarter stays the same.

const PERIOD_PATTERN = /^(\d{4})-Q([1-4])$/;
const LAST_DAY_OF_QUARTER = ['03-31', '06-30', '09-30', '12-31'] as const;

interface Quarter {
  from: string;
  to: string;
  /** YYYY-MM of the quarter's last month. */
  lastMonth: string;
}

/** The report for `period` (YYYY-Qn), one row per KPI in the given order; throws a RangeError on a bad period. */
export function quarterlyReport(kpis: readonly KpiDetail[], period: string): QuarterlyReport {
  const quarter = quarterOf(period);
  return {
    period,
    from: quarter.from,
    to: quarter.to,
    rows: kpis.map((kpi) => rowOf(kpi, quarter.lastMonth)),
  };
}

/** The report as CSV (RFC 4180: quoted where needed, CRLF line ends), the Dutch KPI names as in the seed. */
export function reportCsv(report: QuarterlyReport): string {
  const header = ['pillar', 'kpi', 'kind', 'target', 'value', 'progress', 'kpi_id', 'status'];
  const lines = report.rows.map((row) => [
    row.pillar,
    row.kpi,
    row.kind,
    row.target,
    row.value,
    row.progress,
    row.kpiId,
    row.status,
  ]);
  return [header, ...lines].map((fields) => `${fields.map(csvField).join(',')}\r\n`).join('');
}

function quarterOf(period: string): Quarter {
  const match = PERIOD_PATTERN.exec(period);
  if (match === null) {
    throw new RangeError(
      `Invalid period "${period}": expected a year and quarter written YYYY-Qn, e.g. 2025-Q1`,
    );
  }
  const [year, quarter] = [match[1] ?? '', Number(match[2])];
  const lastDay = LAST_DAY_OF_QUARTER[quarter - 1] ?? '12-31';
  const firstMonth = String(quarter * 3 - 2).padStart(2, '0');
  return {
    from: `${year}-${firstMonth}-01`,
    to: `${year}-${lastDay}`,
    lastMonth: `${year}-${lastDay.slice(0, 2)}`,
  };
}

function rowOf(kpi: KpiDetail, lastMonth: string): QuarterlyReportRow {
  const figures = kpi.status === 'computed' ? figuresOf(valuesAt(kpi, lastMonth), kpi.target) : null;
  return {
    pillar: kpi.pillar,
    kpiId: kpi.id,
    kpi: kpi.name.nl,
    kpiEn: kpi.name.en,
    kind: kpi.kind,
    unit: kpi.unit,
    status: kpi.status,
    target: kpi.target?.text ?? '',
    value: figures === null ? '' : valueText(kpi, figures),
    progress: figures === null ? '' : progressText(kpi, figures),
    figures,
  };
}

// The last point at or before the quarter's last month; before the first point a count is 0 and a share has
// no value yet.
function valuesAt(kpi: KpiDetail, lastMonth: string): Values {
  const point = kpi.series.filter((candidate) => candidate.month <= lastMonth).at(-1);
  if (point !== undefined) return { total: point.total, bySector: { ...point.bySector } };
  const before = kpi.unit === 'count' ? 0 : null;
  return { total: before, bySector: { PO: before, VO: before } };
}

// Per sector where the target is per sector ("12 PO, 13 VO"), else the total ("40%").
function valueText(kpi: KpiDetail, figures: SectorFigures): string {
  const suffix = kpi.unit === 'percent' ? '%' : '';
  if (kpi.target?.bySector !== undefined) {
    const { PO, VO } = figures.bySector;
    return PO.value === null || VO.value === null ? '' : `${PO.value}${suffix} PO, ${VO.value}${suffix} VO`;
  }
  return figures.total.value === null ? '' : `${figures.total.value}${suffix}`;
}

function progressText(kpi: KpiDetail, figures: SectorFigures): string {
  if (kpi.target?.bySector !== undefined) {
    const { PO, VO } = figures.bySector;
    return PO.progressPercent === null || VO.progressPercent === null
      ? ''
      : `${PO.progressPercent}% PO, ${VO.progressPercent}% VO`;
  }
  return figures.total.progressPercent === null ? '' : `${figures.total.progressPercent}%`;
}

function csvField(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}
