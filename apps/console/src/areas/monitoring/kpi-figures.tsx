import type { components } from '../../api/monitoring';
import { formatNumber } from '../../components/format';
import { ProgressBar } from './charts';

type Schemas = components['schemas'];
export type KpiSummary = Schemas['KpiSummaryView'];
export type Figure = Schemas['FigureView'];

/**
 * The goal line of the chart, which shows the total: the target's value, or for a count with targets per sector
 * their sum (250 PO and 250 VO make 500 schools); none for a range or a share per sector, which do not add up.
 */
export function goalOf(kpi: Pick<Schemas['KpiDetailResponse'], 'target' | 'unit'>): number | undefined {
  const target = kpi.target;
  if (!target) return undefined;
  if (target.value !== undefined) return target.value;
  if (target.bySector && kpi.unit === 'count') return target.bySector.PO + target.bySector.VO;
  return undefined;
}

export const PILLAR_LABELS: Readonly<Record<string, string>> = {
  'improvement-culture': 'Onderzoeks- en verbetercultuur',
  'knowledge-sharing': 'Kennisdeling',
  'co-creation-labs': 'Co-creatielabs',
  'expert-schools': 'Expertscholen',
  programme: 'Programma',
};

/** A KPI's value in its unit; "nog geen bron" for a KPI nothing feeds yet (never a 0 that looks measured). */
export function valueText(kpi: Pick<KpiSummary, 'status' | 'unit'>, figure: Figure | undefined): string {
  if (kpi.status === 'no-source') return 'nog geen bron';
  if (!figure || figure.value === null) return 'geen waarde';
  const value = formatNumber(figure.value);
  return kpi.unit === 'percent' ? `${value}%` : value;
}

export function KpiProgress({ kpi }: { kpi: KpiSummary }) {
  if (kpi.status === 'no-source') return <span>nog geen bron</span>;
  return (
    <span>
      <ProgressBar percent={kpi.figures.total.progressPercent} label="Bruto" />
      {kpi.net ? <ProgressBar percent={kpi.net.total.progressPercent} label="Netto" /> : null}
    </span>
  );
}
