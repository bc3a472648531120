import type { components } from '../../api/monitoring';
import { formatNumber } from '../../components/format';
import { ProgressBar } from './charts';

type Schemas = components['schemas'];
export type KpiSummary = Schemas['KpiSummaryView'];
export type Figure = Schemas['FigureView'];

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
