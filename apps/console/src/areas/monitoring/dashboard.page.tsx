import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { monitoring } from '../../api/clients';
import type { ProblemError } from '../../api/problem';
import { dataOf } from '../../api/results';
import { formatMoment } from '../../components/format';
import { Loaded } from '../../components/query-state';
import { DataTable } from '../../components/tables';
import { KpiProgress, PILLAR_LABELS, valueText } from './kpi-figures';
import { useLiveKpis } from './live-kpis';

export function useKpis() {
  return useQuery({ queryKey: ['kpis'], queryFn: () => dataOf(monitoring.GET('/kpis')) });
}

/** "Bijgewerkt tot": the last event monitoring has processed, and whether it has read everything there is. */
export function UpdatedUntil() {
  const lag = useQuery<Awaited<ReturnType<typeof readLag>>, ProblemError>({
    queryKey: ['lag'],
    queryFn: readLag,
    refetchInterval: 10_000,
  });
  if (!lag.data) return null;
  const { lastEventAt, caughtUp, totalLag } = lag.data;
  return (
    <Paragraph data-testid="updated-until">
      Bijgewerkt tot {lastEventAt ? formatMoment(lastEventAt) : 'het begin (nog geen gebeurtenissen)'}
      {caughtUp ? '' : ` · nog ${totalLag} gebeurtenissen te verwerken`}
    </Paragraph>
  );
}

function readLag() {
  return dataOf(monitoring.GET('/health/lag'));
}

const LIVE_LABELS = {
  verbinden: 'verbinden…',
  live: 'live',
  onderbroken: 'onderbroken, opnieuw verbinden…',
} as const;

/** Every KPI with its Dutch name, value, target and progress, kept live by the stream. */
export function DashboardPage() {
  const kpis = useKpis();
  const live = useLiveKpis();
  return (
    <>
      <Heading level={2}>KPI-dashboard</Heading>
      <Paragraph>
        Live-updates: <span data-testid="live-state">{LIVE_LABELS[live]}</span>
      </Paragraph>
      <UpdatedUntil />
      <Loaded query={kpis}>
        {({ kpis: list }) => (
          <DataTable
            caption="Alle KPI's met doel en voortgang (bruto en netto)"
            rows={list}
            rowKey={(row) => row.id}
            columns={[
              { header: 'Pijler', cell: (row) => PILLAR_LABELS[row.pillar] ?? row.pillar },
              { header: 'KPI', cell: (row) => <Link to={`/dashboard/kpi/${row.id}`}>{row.name.nl}</Link> },
              {
                header: 'Waarde',
                cell: (row) => (
                  <span data-testid={`kpi-value-${row.id}`}>{valueText(row, row.figures.total)}</span>
                ),
                numeric: true,
              },
              { header: 'Doel', cell: (row) => row.target?.text ?? 'geen doel' },
              { header: 'Voortgang', cell: (row) => <KpiProgress kpi={row} /> },
            ]}
          />
        )}
      </Loaded>
    </>
  );
}
