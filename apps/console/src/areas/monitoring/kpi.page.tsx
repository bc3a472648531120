import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { monitoring } from '../../api/clients';
import type { components } from '../../api/monitoring';
import { dataOf } from '../../api/results';
import { EQUAL_ACCESS_FLAGS, EQUAL_ACCESS_LABELS } from '../../components/format';
import { Loaded } from '../../components/query-state';
import { DataTable } from '../../components/tables';
import { LineChart } from './charts';
import { goalOf, KpiProgress, valueText } from './kpi-figures';
import { useLiveKpis } from './live-kpis';

type Breakdown = components['schemas']['BreakdownView'];
type Unit = components['schemas']['KpiDetailResponse']['unit'];

function shown(value: number | null, unit: Unit): string {
  return valueText({ status: 'computed', unit }, { value, progressPercent: null });
}

function BreakdownTable({
  caption,
  rows,
  unit,
}: {
  caption: string;
  rows: readonly { label: string; breakdown: Breakdown }[];
  unit: Unit;
}) {
  return (
    <DataTable
      caption={caption}
      rows={rows}
      rowKey={(row) => row.label}
      columns={[
        { header: '', cell: (row) => row.label },
        { header: 'Totaal', cell: (row) => shown(row.breakdown.total, unit), numeric: true },
        { header: 'PO', cell: (row) => shown(row.breakdown.bySector.PO, unit), numeric: true },
        { header: 'VO', cell: (row) => shown(row.breakdown.bySector.VO, unit), numeric: true },
      ]}
    />
  );
}

/** One KPI: its monthly course against the goal, its breakdowns and its definition. */
export function KpiPage() {
  const { id = '' } = useParams();
  useLiveKpis();
  const kpi = useQuery({
    queryKey: ['kpi', id],
    queryFn: () => dataOf(monitoring.GET('/kpis/{id}', { params: { path: { id } } })),
  });
  return (
    <Loaded query={kpi}>
      {(data) => {
        const goal = goalOf(data);
        return (
          <>
            <Heading level={2}>{data.name.nl}</Heading>
            <Paragraph>
              Waarde: <strong data-testid="kpi-value">{valueText(data, data.figures.total)}</strong> · Doel:{' '}
              {data.target?.text ?? 'geen doel'}
            </Paragraph>
            <KpiProgress kpi={data} />
            <section aria-labelledby="verloop">
              <Heading level={3} id="verloop">
                Verloop per maand
              </Heading>
              {data.status === 'no-source' ? (
                <Paragraph>Nog geen bron: deze KPI wordt nog niet gemeten.</Paragraph>
              ) : (
                <div className="console-columns">
                  <LineChart
                    title={`Verloop van ${data.name.nl} per maand${goal !== undefined ? ', met het doel' : ''}`}
                    points={data.series.map((point) => ({ label: point.month, value: point.total }))}
                    {...(goal !== undefined ? { goal } : {})}
                  />
                  <BreakdownTable
                    caption="Waarde per maand"
                    unit={data.unit}
                    rows={data.series.map((point) => ({
                      label: point.month,
                      breakdown: { total: point.total, bySector: point.bySector },
                    }))}
                  />
                </div>
              )}
            </section>
            <section aria-labelledby="uitsplitsingen">
              <Heading level={3} id="uitsplitsingen">
                Uitsplitsingen
              </Heading>
              <BreakdownTable
                caption="Per schooljaar en sector"
                unit={data.unit}
                rows={Object.entries(data.bySchoolYear).map(([year, breakdown]) => ({
                  label: year,
                  breakdown,
                }))}
              />
              <BreakdownTable
                caption="Per groep voor gelijke kansen"
                unit={data.unit}
                rows={EQUAL_ACCESS_FLAGS.map((flag) => ({
                  label: EQUAL_ACCESS_LABELS[flag],
                  breakdown: data.byEqualAccess[flag],
                }))}
              />
            </section>
            <section aria-labelledby="definitie">
              <Heading level={3} id="definitie">
                Definitie
              </Heading>
              <Paragraph>{data.definition.nl}</Paragraph>
              <Paragraph>
                Bronnen: {data.events.length > 0 ? data.events.join(', ') : 'nog geen bron'}
              </Paragraph>
            </section>
          </>
        );
      }}
    </Loaded>
  );
}
