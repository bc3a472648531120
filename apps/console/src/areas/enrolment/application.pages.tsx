import {
  Button,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading,
  Paragraph,
} from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { enrolment } from '../../api/clients';
import { dataOf } from '../../api/results';
import { holdsAny, useSession } from '../../auth/session';
import { SelectField, TextAreaField, TextField, valuesOf } from '../../components/fields';
import {
  ACTIVITIES,
  ACTIVITY_LABELS,
  ACTIVITY_OPTIONS,
  APPLICATION_STATUS_LABELS,
  centsOf,
  formatCents,
  formatDay,
} from '../../components/format';
import { choiceOf, fieldProblem, optionalText, requiredText } from '../../components/form-values';
import { ProblemAlert } from '../../components/problem-alert';
import { Loaded } from '../../components/query-state';
import { useCommand } from '../../components/use-command';

const REJECTION_REASONS = [
  'not-eligible',
  'budget-exhausted',
  'max-grants-reached',
  'incomplete',
  'no-fit-intake',
  'other',
] as const;
const REJECTION_LABELS: Readonly<Record<(typeof REJECTION_REASONS)[number], string>> = {
  'not-eligible': 'Komt niet in aanmerking',
  'budget-exhausted': 'Budget op',
  'max-grants-reached': 'Maximum aantal toekenningen bereikt',
  incomplete: 'Onvolledig',
  'no-fit-intake': 'Geen passende intake',
  other: 'Anders',
};

/** Euros typed by a person, as cents; a problem on the field when they are no amount. */
function amountOf(values: Map<string, string>, name: string): number {
  const cents = centsOf(values.get(name) ?? '');
  if (cents === undefined)
    throw fieldProblem(name, 'Vul een bedrag in euro in, bijvoorbeeld 12500 of 12.500,00.');
  return cents;
}

export function NewApplicationPage() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const rounds = useQuery({
    queryKey: ['rounds'],
    queryFn: () => dataOf(enrolment.GET('/subsidy-rounds', { params: { query: { pageSize: 100 } } })),
  });
  const submit = useCommand(
    (values: Map<string, string>, key: string) =>
      dataOf(
        enrolment.POST('/subsidy-applications', {
          params: { header: { 'Idempotency-Key': key } },
          body: {
            brin: requiredText(values, 'brin').toUpperCase(),
            roundId: requiredText(values, 'roundId'),
            activity: choiceOf(values, 'activity', ACTIVITIES),
            requestedAmountCents: amountOf(values, 'requestedAmountCents'),
            motivation: requiredText(values, 'motivation'),
          },
        }),
      ),
    (application) => void navigate(`/loket/aanvragen/${application.applicationId}`),
  );
  const problem = submit.error;
  return (
    <>
      <Heading level={2}>Aanvraag indienen</Heading>
      <Loaded query={rounds}>
        {(page) => (
          <form
            className="console-form"
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              submit.mutate(valuesOf(event.currentTarget));
            }}
          >
            <ProblemAlert problem={problem} />
            <TextField
              name="brin"
              label="BRIN"
              defaultValue={params.get('brin') ?? ''}
              problem={problem}
              required
            />
            <SelectField
              name="roundId"
              label="Subsidieronde"
              options={page.items
                .filter((round) => round.phase === 'open')
                .map((round) => ({ value: round.roundId, label: `Schooljaar ${round.schoolYear}` }))}
              problem={problem}
              required
            />
            <SelectField
              name="activity"
              label="Activiteit"
              options={ACTIVITY_OPTIONS}
              problem={problem}
              required
            />
            <TextField
              name="requestedAmountCents"
              label="Gevraagd bedrag in euro"
              hint="Bijvoorbeeld 12500 of 12.500,00"
              problem={problem}
              required
            />
            <TextAreaField name="motivation" label="Motivatie" problem={problem} required />
            <Button type="submit" appearance="primary-action-button" disabled={submit.isPending}>
              Aanvraag indienen
            </Button>
          </form>
        )}
      </Loaded>
    </>
  );
}

function DecisionForms({ id }: { id: string }) {
  const grant = useCommand((values: Map<string, string>, key: string) => {
    const amount = optionalText(values, 'grantedAmountCents');
    return dataOf(
      enrolment.POST('/subsidy-applications/{id}/grant', {
        params: { path: { id }, header: { 'Idempotency-Key': key } },
        body: { ...(amount ? { grantedAmountCents: amountOf(values, 'grantedAmountCents') } : {}) },
      }),
    );
  });
  const reject = useCommand((values: Map<string, string>, key: string) =>
    dataOf(
      enrolment.POST('/subsidy-applications/{id}/rejection', {
        params: { path: { id }, header: { 'Idempotency-Key': key } },
        body: {
          reasonCode: choiceOf(values, 'reasonCode', REJECTION_REASONS),
          reasonText: requiredText(values, 'reasonText'),
        },
      }),
    ),
  );
  const ask = useCommand((values: Map<string, string>, key: string) =>
    dataOf(
      enrolment.POST('/subsidy-applications/{id}/information-requests', {
        params: { path: { id }, header: { 'Idempotency-Key': key } },
        body: { question: requiredText(values, 'question') },
      }),
    ),
  );
  return (
    <div className="console-columns">
      <form
        className="console-form"
        noValidate
        aria-labelledby="toekennen"
        onSubmit={(event) => {
          event.preventDefault();
          grant.mutate(valuesOf(event.currentTarget));
        }}
      >
        <Heading level={3} id="toekennen">
          Toekennen
        </Heading>
        <ProblemAlert problem={grant.error} />
        <TextField
          name="grantedAmountCents"
          label="Toegekend bedrag in euro"
          hint="Leeg: het gevraagde bedrag"
          problem={grant.error}
        />
        <Button type="submit" appearance="primary-action-button" disabled={grant.isPending}>
          Toekennen
        </Button>
      </form>
      <form
        className="console-form"
        noValidate
        aria-labelledby="afwijzen"
        onSubmit={(event) => {
          event.preventDefault();
          reject.mutate(valuesOf(event.currentTarget));
        }}
      >
        <Heading level={3} id="afwijzen">
          Afwijzen
        </Heading>
        <ProblemAlert problem={reject.error} />
        <SelectField
          name="reasonCode"
          label="Reden"
          options={REJECTION_REASONS.map((value) => ({ value, label: REJECTION_LABELS[value] }))}
          problem={reject.error}
        />
        <TextAreaField name="reasonText" label="Toelichting voor de school" problem={reject.error} required />
        <Button type="submit" appearance="secondary-action-button" disabled={reject.isPending}>
          Afwijzen
        </Button>
      </form>
      <form
        className="console-form"
        noValidate
        aria-labelledby="informatie"
        onSubmit={(event) => {
          event.preventDefault();
          ask.mutate(valuesOf(event.currentTarget));
        }}
      >
        <Heading level={3} id="informatie">
          Informatie vragen
        </Heading>
        <ProblemAlert problem={ask.error} />
        <TextAreaField name="question" label="Vraag aan de school" problem={ask.error} required />
        <Button type="submit" appearance="secondary-action-button" disabled={ask.isPending}>
          Vraag versturen
        </Button>
      </form>
    </div>
  );
}

function HelpdeskForms({ id, status }: { id: string; status: string }) {
  const withdraw = useCommand((_: void, key: string) =>
    dataOf(
      enrolment.POST('/subsidy-applications/{id}/withdrawal', {
        params: { path: { id }, header: { 'Idempotency-Key': key } },
        body: {},
      }),
    ),
  );
  const resubmit = useCommand((values: Map<string, string>, key: string) =>
    dataOf(
      enrolment.POST('/subsidy-applications/{id}/resubmission', {
        params: { path: { id }, header: { 'Idempotency-Key': key } },
        body: { supplement: optionalText(values, 'supplement') },
      }),
    ),
  );
  return (
    <div className="console-columns">
      {status === 'information-requested' ? (
        <form
          className="console-form"
          noValidate
          aria-labelledby="aanvullen"
          onSubmit={(event) => {
            event.preventDefault();
            resubmit.mutate(valuesOf(event.currentTarget));
          }}
        >
          <Heading level={3} id="aanvullen">
            Aanvullen
          </Heading>
          <ProblemAlert problem={resubmit.error} />
          <TextAreaField name="supplement" label="Aanvulling" problem={resubmit.error} />
          <Button type="submit" appearance="primary-action-button" disabled={resubmit.isPending}>
            Aanvulling indienen
          </Button>
        </form>
      ) : null}
      <div className="console-form">
        <Heading level={3}>Intrekken</Heading>
        <ProblemAlert problem={withdraw.error} />
        <Button
          appearance="secondary-action-button"
          disabled={withdraw.isPending}
          onClick={() => withdraw.mutate()}
        >
          Aanvraag intrekken
        </Button>
      </div>
    </div>
  );
}

const UNDECIDED = ['submitted', 'information-requested', 'resubmitted'];

export function ApplicationPage() {
  const { id = '' } = useParams();
  const session = useSession();
  const application = useQuery({
    queryKey: ['application', id],
    queryFn: () => dataOf(enrolment.GET('/subsidy-applications/{id}', { params: { path: { id } } })),
  });
  return (
    <Loaded query={application}>
      {(data) => (
        <>
          <Heading level={2}>
            Aanvraag {ACTIVITY_LABELS[data.activity]} van{' '}
            <Link to={`/loket/scholen/${data.brin}`}>{data.brin}</Link>
          </Heading>
          <DataList>
            <DataListItem>
              <DataListKey>Status</DataListKey>
              <DataListValue>
                <span data-testid="application-status">{APPLICATION_STATUS_LABELS[data.status]}</span>
                {data.overdue ? ' (over de beslisdatum)' : ''}
              </DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>Gevraagd</DataListKey>
              <DataListValue>{formatCents(data.requestedAmountCents)}</DataListValue>
            </DataListItem>
            {data.grantedAmountCents !== undefined ? (
              <DataListItem>
                <DataListKey>Toegekend</DataListKey>
                <DataListValue>{formatCents(data.grantedAmountCents)}</DataListValue>
              </DataListItem>
            ) : null}
            <DataListItem>
              <DataListKey>Ingediend</DataListKey>
              <DataListValue>{formatDay(data.submittedOn)}</DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>Beslissen voor</DataListKey>
              <DataListValue>
                {formatDay(data.decisionDueOn)}
                {data.clockPaused ? ' (termijn staat stil: wacht op informatie)' : ''}
              </DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>Ronde</DataListKey>
              <DataListValue>
                <Link to={`/loket/rondes/${data.roundId}`}>Schooljaar {data.schoolYear}</Link>
              </DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>Motivatie</DataListKey>
              <DataListValue>{data.motivation}</DataListValue>
            </DataListItem>
          </DataList>
          {data.rejection ? <Paragraph>Afgewezen: {data.rejection.reasonText}</Paragraph> : null}
          {UNDECIDED.includes(data.status) && holdsAny(session, ['subsidy-officer']) ? (
            <DecisionForms id={id} />
          ) : null}
          {UNDECIDED.includes(data.status) && holdsAny(session, ['helpdesk']) ? (
            <HelpdeskForms id={id} status={data.status} />
          ) : null}
        </>
      )}
    </Loaded>
  );
}
