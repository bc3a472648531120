import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { authorizationHeader, monitoring } from '../../api/clients';
import type { components } from '../../api/monitoring';
import { dataOf } from '../../api/results';
import { TextField, valuesOf } from '../../components/fields';
import { EQUAL_ACCESS_LABELS, formatNumber } from '../../components/format';
import { ProblemAlert } from '../../components/problem-alert';
import { Loaded } from '../../components/query-state';
import { DataTable } from '../../components/tables';
import { ProblemError } from '../../api/problem';
import { BarChart } from './charts';
import { PILLAR_LABELS } from './kpi-figures';

type FunnelStep = components['schemas']['FunnelStepView']['step'];

const STEP_LABELS: Readonly<Record<FunnelStep, string>> = {
  inquiries: 'Vragen',
  conversations: 'Verkennende gesprekken',
  referrals: 'Doorverwijzingen',
  'fit-intakes': 'Passende intakes',
  applications: 'Aanvragen',
  grants: 'Toekenningen',
  enrolments: 'Inschrijvingen',
};

function percent(value: number | null): string {
  return value === null ? '—' : `${formatNumber(value)}%`;
}

export function FunnelPage() {
  const funnel = useQuery({ queryKey: ['funnel'], queryFn: () => dataOf(monitoring.GET('/funnel')) });
  return (
    <>
      <Heading level={2}>Trechter: van vraag tot inschrijving</Heading>
      <Loaded query={funnel}>
        {({ steps }) => (
          <div className="console-columns">
            <BarChart
              title="Aantal scholen per stap van de trechter"
              bars={steps.map((step) => ({ label: STEP_LABELS[step.step], value: step.count }))}
            />
            <DataTable
              caption="Trechter per stap"
              rows={steps}
              rowKey={(row) => row.step}
              columns={[
                { header: 'Stap', cell: (row) => STEP_LABELS[row.step] },
                { header: 'Aantal', cell: (row) => row.count, numeric: true },
                {
                  header: 'Door vanaf vorige stap',
                  cell: (row) => percent(row.conversionPercent),
                  numeric: true,
                },
                {
                  header: 'Mediaan dagen',
                  cell: (row) => (row.medianDaysFromPrevious === null ? '—' : row.medianDaysFromPrevious),
                  numeric: true,
                },
              ]}
            />
          </div>
        )}
      </Loaded>
    </>
  );
}

export function EqualAccessPage() {
  const equalAccess = useQuery({
    queryKey: ['equal-access'],
    queryFn: () => dataOf(monitoring.GET('/equal-access')),
  });
  return (
    <>
      <Heading level={2}>Gelijke kansen</Heading>
      <Loaded query={equalAccess}>
        {(data) => (
          <>
            <Paragraph>
              {data.participantsTotal} deelnemende scholen van {data.registeredTotal} geregistreerde scholen.
            </Paragraph>
            <div className="console-columns">
              <BarChart
                title="Aandeel per groep: deelnemers en alle geregistreerde scholen"
                bars={data.flags.flatMap((flag) => [
                  {
                    label: `${EQUAL_ACCESS_LABELS[flag.flag]}: deelnemers`,
                    value: flag.participants.sharePercent,
                  },
                  { label: `${EQUAL_ACCESS_LABELS[flag.flag]}: alle`, value: flag.registered.sharePercent },
                ])}
              />
              <DataTable
                caption="Deelnemers naast alle geregistreerde scholen"
                rows={data.flags}
                rowKey={(row) => row.flag}
                columns={[
                  { header: 'Groep', cell: (row) => EQUAL_ACCESS_LABELS[row.flag] },
                  { header: 'Deelnemers', cell: (row) => row.participants.count, numeric: true },
                  {
                    header: 'Aandeel deelnemers',
                    cell: (row) => percent(row.participants.sharePercent),
                    numeric: true,
                  },
                  { header: 'Geregistreerd', cell: (row) => row.registered.count, numeric: true },
                  {
                    header: 'Aandeel geregistreerd',
                    cell: (row) => percent(row.registered.sharePercent),
                    numeric: true,
                  },
                  {
                    header: 'Verschil (procentpunt)',
                    cell: (row) =>
                      row.differencePercentagePoints === null
                        ? '—'
                        : formatNumber(row.differencePercentagePoints),
                    numeric: true,
                  },
                ]}
              />
            </div>
          </>
        )}
      </Loaded>
    </>
  );
}

/** The quarter that ended last, e.g. 2025-Q4 in January 2026. */
export function previousQuarter(today: Date): string {
  const quarter = Math.floor(today.getUTCMonth() / 3);
  return quarter === 0 ? `${today.getUTCFullYear() - 1}-Q4` : `${today.getUTCFullYear()}-Q${quarter}`;
}

async function downloadCsv(period: string): Promise<void> {
  const response = await fetch(`/api/monitoring/reports/quarterly/${encodeURIComponent(period)}?format=csv`, {
    headers: authorizationHeader(),
  });
  if (!response.ok) {
    throw new ProblemError({
      type: 'about:blank',
      title: `Het rapport kon niet worden opgehaald (${response.status})`,
      status: response.status,
      code: 'CONSOLE.DOWNLOAD_FAILED',
    });
  }
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = `ontwikkelkracht-kpis-${period}.csv`;
  link.click();
  // The download has started from the link by now; the object URL is freed once it surely has.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The report as JSON: the service also speaks CSV on the same path (format=csv), which the download asks for. */
async function jsonReport(period: string) {
  const report = await dataOf(
    monitoring.GET('/reports/quarterly/{period}', {
      params: { path: { period }, query: { format: 'json' } },
    }),
  );
  if (typeof report === 'string') {
    throw new ProblemError({
      type: 'about:blank',
      title: 'Het rapport kwam niet als JSON',
      status: 200,
      code: 'CONSOLE.UNEXPECTED_ANSWER',
    });
  }
  return report;
}

export function QuarterlyReportPage() {
  const [period, setPeriod] = useState(() => previousQuarter(new Date()));
  const [downloadProblem, setDownloadProblem] = useState<ProblemError>();
  const report = useQuery({
    queryKey: ['quarterly', period],
    queryFn: () => jsonReport(period),
  });
  const choose = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    setPeriod(valuesOf(event.currentTarget).get('period')?.trim() ?? period);
  };
  return (
    <>
      <Heading level={2}>Kwartaalrapportage {period}</Heading>
      <form onSubmit={choose} className="console-form">
        <TextField name="period" label="Kwartaal" hint="Bijvoorbeeld 2025-Q4" defaultValue={period} />
        <Button type="submit" appearance="secondary-action-button">
          Tonen
        </Button>
      </form>
      <Button
        appearance="primary-action-button"
        onClick={() =>
          void downloadCsv(period).catch((error: unknown) =>
            setDownloadProblem(error instanceof ProblemError ? error : undefined),
          )
        }
      >
        Download als CSV
      </Button>
      <ProblemAlert problem={downloadProblem} />
      <Loaded query={report}>
        {(data) => (
          <DataTable
            caption={`KPI's van ${data.from} tot en met ${data.to}`}
            rows={data.rows}
            rowKey={(row) => row.kpiId}
            columns={[
              { header: 'Pijler', cell: (row) => PILLAR_LABELS[row.pillar] ?? row.pillar },
              { header: 'KPI', cell: (row) => row.kpi },
              { header: 'Doel', cell: (row) => row.target },
              { header: 'Waarde', cell: (row) => (row.status === 'no-source' ? 'nog geen bron' : row.value) },
              { header: 'Voortgang', cell: (row) => row.progress },
            ]}
          />
        )}
      </Loaded>
    </>
  );
}
