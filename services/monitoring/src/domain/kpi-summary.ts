import type { KpiDetail, KpiSummary } from './views';

/** A KPI without its breakdowns, series and definition: what lists and the live stream carry. */
export function summaryOf(detail: KpiDetail): KpiSummary {
  const { id, pillar, name, kind, unit, status, target, figures, net } = detail;
  return { id, pillar, name, kind, unit, status, target, figures, ...(net ? { net } : {}) };
}
