import { Button, Fieldset, FieldsetLegend, Heading, Paragraph } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { enrolment } from '../../api/clients';
import type { components } from '../../api/enrolment';
import { dataOf } from '../../api/results';
import { holdsAny, useSession } from '../../auth/session';
import { TextField, valuesOf } from '../../components/fields';
import {
  ACTIVITY_LABELS,
  APPLICATION_STATUS_LABELS,
  centsOf,
  formatCents,
  formatDay,
  formatMoment,
} from '../../components/format';
import { fieldProblem, requiredMoment, requiredNumber, requiredText } from '../../components/form-values';
import { ProblemAlert } from '../../components/problem-alert';
import { Loaded } from '../../components/query-state';
import { DataTable } from '../../components/tables';
import { useCommand } from '../../components/use-command';

type Budget = components['schemas']['BudgetStatusView'];
type AmountRule = components['schemas']['AmountRuleView'];

const PHASE_LABELS = { upcoming: 'Nog niet open', open: 'Open', closed: 'Gesloten' } as const;

function percentOf(part: number, whole: number): number {
  return whole > 0 ? Math.min(100, (part / whole) * 100) : 0;
}

/** The round's budget: granted, reserved by undecided applications, and what remains, as a bar and in words. */
export function BudgetBar({ budget }: { budget: Budget }) {
  const granted = percentOf(budget.grantedCents, budget.budgetCents);
  const reserved = percentOf(budget.reservedCents, budget.budgetCents);
  return (
    <figure>
      <div
        className="console-bar"
        role="img"
        aria-label={`Budget: ${formatCents(budget.grantedCents)} toegekend, ${formatCents(
          budget.reservedCents,
        )} gereserveerd, ${formatCents(budget.remainingAfterReservedCents)} over van ${formatCents(
          budget.budgetCents,
        )}`}
      >
        <div className="console-bar__part--granted" style={{ width: `${granted}%` }} />
        <div className="console-bar__part--reserved" style={{ width: `${reserved}%` }} />
      </div>
      <figcaption>
        <span className="console-legend console-bar__part--granted" /> Toegekend{' '}
        {formatCents(budget.grantedCents)} ({budget.grantedCount} toekenningen) ·{' '}
        <span className="console-legend console-bar__part--reserved" /> Gereserveerd{' '}
        {formatCents(budget.reservedCents)} · <span className="console-legend" /> Over{' '}
        {formatCents(budget.remainingAfterReservedCents)} van {formatCents(budget.budgetCents)} · nog{' '}
        {budget.grantsLeft} toekenningen mogelijk
      </figcaption>
    </figure>
  );
}

/** The most a rule allows: a fixed amount, or its maximum. */
function ceilingOf(rule: AmountRule): number | undefined {
  return rule.kind === 'fixed' ? rule.amountCents : rule.maxCents;
}

/** Euros typed by a person, as cents; a problem on the field when they are no amount. */
function euros(values: Map<string, string>, name: string): number {
  const cents = centsOf(values.get(name) ?? '');
  if (cents === undefined)
    throw fieldProblem(name, 'Vul een bedrag in euro in, bijvoorbeeld 250000 of 250.000,00.');
  return cents;
}

/** An administrator opens a round: its school year, when it is open, its budget and the most per activity. */
function OpenRoundForm() {
  const navigate = useNavigate();
  const catalogue = useQuery({
    queryKey: ['activity-catalogue'],
    queryFn: () => dataOf(enrolment.GET('/activity-catalogue')),
  });
  const open = useCommand(
    (values: Map<string, string>, key: string) =>
      dataOf(
        enrolment.POST('/subsidy-rounds', {
          params: { header: { 'Idempotency-Key': key } },
          body: {
            schoolYear: requiredText(values, 'schoolYear'),
            opensAt: requiredMoment(values, 'opensAt'),
            closesAt: requiredMoment(values, 'closesAt'),
            budgetCents: euros(values, 'budgetCents'),
            maxGrants: requiredNumber(values, 'maxGrants'),
            activityAmounts: (catalogue.data?.entries ?? []).map((entry, index) => ({
              activity: entry.activity,
              maxAmountCents: euros(values, `activityAmounts.${index}.maxAmountCents`),
            })),
          },
        }),
      ),
    (round) => void navigate(`/loket/rondes/${round.roundId}`),
  );
  return (
    <Loaded query={catalogue}>
      {({ entries }) => (
        <form
          className="console-form"
          noValidate
          aria-labelledby="ronde-openen"
          onSubmit={(event) => {
            event.preventDefault();
            open.mutate(valuesOf(event.currentTarget));
          }}
        >
          <Heading level={3} id="ronde-openen">
            Ronde openen
          </Heading>
          <ProblemAlert problem={open.error} />
          <TextField
            name="schoolYear"
            label="Schooljaar"
            hint="Bijvoorbeeld 2025-2026"
            problem={open.error}
          />
          <TextField name="opensAt" label="Open vanaf" type="datetime-local" problem={open.error} />
          <TextField name="closesAt" label="Open tot" type="datetime-local" problem={open.error} />
          <TextField name="budgetCents" label="Budget in euro" problem={open.error} />
          <TextField
            name="maxGrants"
            label="Hoogste aantal toekenningen"
            type="number"
            problem={open.error}
          />
          <Fieldset>
            <FieldsetLegend>Hoogste bedrag per activiteit, in euro</FieldsetLegend>
            {entries.map((entry, index) => (
              <TextField
                key={entry.activity}
                name={`activityAmounts.${index}.maxAmountCents`}
                label={ACTIVITY_LABELS[entry.activity]}
                defaultValue={String((ceilingOf(entry.amountRule) ?? 0) / 100)}
                problem={open.error}
              />
            ))}
          </Fieldset>
          <Button type="submit" appearance="primary-action-button" disabled={open.isPending}>
            Ronde openen
          </Button>
        </form>
      )}
    </Loaded>
  );
}

export function RoundsPage() {
  const session = useSession();
  const rounds = useQuery({
    queryKey: ['rounds'],
    queryFn: () => dataOf(enrolment.GET('/subsidy-rounds', { params: { query: { pageSize: 100 } } })),
  });
  return (
    <>
      <Heading level={2}>Subsidierondes</Heading>
      <Loaded query={rounds}>
        {(page) => (
          <DataTable
            caption="Rondes"
            rows={page.items}
            rowKey={(row) => row.roundId}
            columns={[
              {
                header: 'Schooljaar',
                cell: (row) => <Link to={`/loket/rondes/${row.roundId}`}>{row.schoolYear}</Link>,
              },
              { header: 'Fase', cell: (row) => PHASE_LABELS[row.phase] },
              { header: 'Sluit', cell: (row) => formatMoment(row.closesAt) },
              {
                header: 'Budget over',
                cell: (row) => formatCents(row.budget.remainingAfterReservedCents),
                numeric: true,
              },
              { header: 'Open aanvragen', cell: (row) => row.undecidedApplications, numeric: true },
            ]}
            empty="Nog geen rondes."
          />
        )}
      </Loaded>
      {holdsAny(session, ['admin']) ? <OpenRoundForm /> : null}
    </>
  );
}

/** A round's queue: the undecided applications in order of arrival, which is the order they are decided in. */
export function RoundPage() {
  const { id = '' } = useParams();
  const round = useQuery({
    queryKey: ['round', id],
    queryFn: () => dataOf(enrolment.GET('/subsidy-rounds/{id}', { params: { path: { id } } })),
  });
  const queue = useQuery({
    queryKey: ['round', id, 'queue'],
    queryFn: () =>
      dataOf(
        enrolment.GET('/subsidy-rounds/{id}/applications', {
          params: { path: { id }, query: { queue: true, pageSize: 100 } },
        }),
      ),
  });
  return (
    <Loaded query={round}>
      {(data) => (
        <>
          <Heading level={2}>Subsidieronde {data.schoolYear}</Heading>
          <Paragraph>
            {PHASE_LABELS[data.phase]}: van {formatMoment(data.opensAt)} tot {formatMoment(data.closesAt)}.
          </Paragraph>
          <BudgetBar budget={data.budget} />
          <Loaded query={queue}>
            {(page) => (
              <DataTable
                caption="Wachtrij in volgorde van binnenkomst"
                rows={page.items}
                rowKey={(row) => row.applicationId}
                columns={[
                  { header: 'Binnengekomen', cell: (row) => formatMoment(row.submittedAt) },
                  {
                    header: 'School',
                    cell: (row) => <Link to={`/loket/scholen/${row.brin}`}>{row.brin}</Link>,
                  },
                  { header: 'Activiteit', cell: (row) => ACTIVITY_LABELS[row.activity] },
                  { header: 'Bedrag', cell: (row) => formatCents(row.requestedAmountCents), numeric: true },
                  { header: 'Beslissen voor', cell: (row) => formatDay(row.decisionDueOn) },
                  { header: 'Status', cell: (row) => APPLICATION_STATUS_LABELS[row.status] },
                  {
                    header: 'Aanvraag',
                    cell: (row) => <Link to={`/loket/aanvragen/${row.applicationId}`}>Openen</Link>,
                  },
                ]}
                empty="Geen aanvragen in de wachtrij."
              />
            )}
          </Loaded>
        </>
      )}
    </Loaded>
  );
}
