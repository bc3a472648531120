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
import { Link, useParams } from 'react-router';
import { enrolment } from '../../api/clients';
import { dataOf } from '../../api/results';
import { holdsAny, useSession } from '../../auth/session';
import { CheckboxField, SelectField, TextAreaField, TextField, valuesOf } from '../../components/fields';
import { ACTIVITY_LABELS, formatDay, PARTICIPATION_STATUS_LABELS } from '../../components/format';
import { checked, choiceOf, optionalText } from '../../components/form-values';
import { ProblemAlert } from '../../components/problem-alert';
import { Loaded } from '../../components/query-state';
import { useCommand } from '../../components/use-command';

const WITHDRAWAL_REASONS = ['capacity', 'leadership-change', 'merger', 'not-a-fit', 'other'] as const;
const WITHDRAWAL_LABELS: Readonly<Record<(typeof WITHDRAWAL_REASONS)[number], string>> = {
  capacity: 'Geen capaciteit',
  'leadership-change': 'Wisseling van leiding',
  merger: 'Fusie',
  'not-a-fit': 'Past niet',
  other: 'Anders',
};

function ParticipationForms({ id, status }: { id: string; status: string }) {
  const start = useCommand((values: Map<string, string>, key: string) =>
    dataOf(
      enrolment.POST('/participations/{id}/start', {
        params: { path: { id }, header: { 'Idempotency-Key': key } },
        body: { startedOn: optionalText(values, 'startedOn') },
      }),
    ),
  );
  const complete = useCommand((values: Map<string, string>, key: string) =>
    dataOf(
      enrolment.POST('/participations/{id}/completion', {
        params: { path: { id }, header: { 'Idempotency-Key': key } },
        body: {
          completedOn: optionalText(values, 'completedOn'),
          pupilDevelopmentImproved: checked(values, 'pupilDevelopmentImproved'),
        },
      }),
    ),
  );
  const withdraw = useCommand((values: Map<string, string>, key: string) =>
    dataOf(
      enrolment.POST('/participations/{id}/withdrawal', {
        params: { path: { id }, header: { 'Idempotency-Key': key } },
        body: {
          reasonCode: choiceOf(values, 'reasonCode', WITHDRAWAL_REASONS),
          notes: optionalText(values, 'notes'),
        },
      }),
    ),
  );
  const assess = useCommand((values: Map<string, string>, key: string) =>
    dataOf(
      enrolment.POST('/participations/{id}/sustainability-assessment', {
        params: { path: { id }, header: { 'Idempotency-Key': key } },
        body: {
          sustainableCulture: checked(values, 'sustainableCulture'),
          assessedOn: optionalText(values, 'assessedOn'),
        },
      }),
    ),
  );
  const coach = useCommand((values: Map<string, string>, key: string) =>
    dataOf(
      enrolment.POST('/participations/{id}/trained-coaches', {
        params: { path: { id }, header: { 'Idempotency-Key': key } },
        body: { coachId: optionalText(values, 'coachId'), trainedOn: optionalText(values, 'trainedOn') },
      }),
    ),
  );
  return (
    <div className="console-columns">
      {status === 'active' || status === 'completed' ? (
        <form
          className="console-form"
          noValidate
          aria-labelledby="coach"
          onSubmit={(event) => {
            event.preventDefault();
            coach.mutate(valuesOf(event.currentTarget));
          }}
        >
          <Heading level={3} id="coach">
            Opgeleide coach
          </Heading>
          <ProblemAlert problem={coach.error} />
          <TextField
            name="coachId"
            label="Kenmerk van de coach (optioneel)"
            hint="Geen naam: een nummer waarmee de school de coach kent"
            problem={coach.error}
          />
          <TextField
            name="trainedOn"
            label="Opgeleid op"
            type="date"
            hint="Leeg: vandaag"
            problem={coach.error}
          />
          <Button type="submit" appearance="secondary-action-button" disabled={coach.isPending}>
            Coach vastleggen
          </Button>
          {coach.isSuccess ? <Paragraph role="status">De coach is vastgelegd.</Paragraph> : null}
        </form>
      ) : null}
      {status === 'completed' ? (
        <form
          className="console-form"
          noValidate
          aria-labelledby="borging"
          onSubmit={(event) => {
            event.preventDefault();
            assess.mutate(valuesOf(event.currentTarget));
          }}
        >
          <Heading level={3} id="borging">
            Borging beoordelen
          </Heading>
          <ProblemAlert problem={assess.error} />
          <CheckboxField
            name="sustainableCulture"
            label="De school heeft een duurzame onderzoeks- en verbetercultuur"
            problem={assess.error}
          />
          <TextField
            name="assessedOn"
            label="Beoordeeld op"
            type="date"
            hint="Leeg: vandaag"
            problem={assess.error}
          />
          <Button type="submit" appearance="primary-action-button" disabled={assess.isPending}>
            Beoordeling vastleggen
          </Button>
        </form>
      ) : null}
      {status === 'enrolled' ? (
        <form
          className="console-form"
          noValidate
          aria-labelledby="starten"
          onSubmit={(event) => {
            event.preventDefault();
            start.mutate(valuesOf(event.currentTarget));
          }}
        >
          <Heading level={3} id="starten">
            Starten
          </Heading>
          <ProblemAlert problem={start.error} />
          <TextField
            name="startedOn"
            label="Gestart op"
            type="date"
            hint="Leeg: vandaag"
            problem={start.error}
          />
          <Button type="submit" appearance="primary-action-button" disabled={start.isPending}>
            Start vastleggen
          </Button>
        </form>
      ) : null}
      {status === 'active' ? (
        <form
          className="console-form"
          noValidate
          aria-labelledby="afronden"
          onSubmit={(event) => {
            event.preventDefault();
            complete.mutate(valuesOf(event.currentTarget));
          }}
        >
          <Heading level={3} id="afronden">
            Afronden
          </Heading>
          <ProblemAlert problem={complete.error} />
          <TextField
            name="completedOn"
            label="Afgerond op"
            type="date"
            hint="Leeg: vandaag"
            problem={complete.error}
          />
          <CheckboxField
            name="pupilDevelopmentImproved"
            label="De ontwikkeling van leerlingen is verbeterd"
            problem={complete.error}
          />
          <Button type="submit" appearance="primary-action-button" disabled={complete.isPending}>
            Afronding vastleggen
          </Button>
        </form>
      ) : null}
      {status === 'enrolled' || status === 'active' ? (
        <form
          className="console-form"
          noValidate
          aria-labelledby="stoppen"
          onSubmit={(event) => {
            event.preventDefault();
            withdraw.mutate(valuesOf(event.currentTarget));
          }}
        >
          <Heading level={3} id="stoppen">
            Stoppen
          </Heading>
          <ProblemAlert problem={withdraw.error} />
          <SelectField
            name="reasonCode"
            label="Reden"
            options={WITHDRAWAL_REASONS.map((value) => ({ value, label: WITHDRAWAL_LABELS[value] }))}
            problem={withdraw.error}
          />
          <TextAreaField name="notes" label="Toelichting" problem={withdraw.error} />
          <Button type="submit" appearance="secondary-action-button" disabled={withdraw.isPending}>
            Stoppen vastleggen
          </Button>
        </form>
      ) : null}
    </div>
  );
}

export function ParticipationPage() {
  const { id = '' } = useParams();
  const session = useSession();
  const participation = useQuery({
    queryKey: ['participation', id],
    queryFn: () => dataOf(enrolment.GET('/participations/{id}', { params: { path: { id } } })),
  });
  return (
    <Loaded query={participation}>
      {(data) => (
        <>
          <Heading level={2}>
            Deelname {ACTIVITY_LABELS[data.activity]} van{' '}
            <Link to={`/loket/scholen/${data.brin}`}>{data.brin}</Link>
          </Heading>
          <DataList>
            <DataListItem>
              <DataListKey>Status</DataListKey>
              <DataListValue>{PARTICIPATION_STATUS_LABELS[data.status]}</DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>Ingeschreven</DataListKey>
              <DataListValue>{formatDay(data.enrolledOn)}</DataListValue>
            </DataListItem>
            {data.startedOn ? (
              <DataListItem>
                <DataListKey>Gestart</DataListKey>
                <DataListValue>{formatDay(data.startedOn)}</DataListValue>
              </DataListItem>
            ) : null}
            {data.completedOn ? (
              <DataListItem>
                <DataListKey>Afgerond</DataListKey>
                <DataListValue>{formatDay(data.completedOn)}</DataListValue>
              </DataListItem>
            ) : null}
          </DataList>
          {data.status !== 'withdrawn' && holdsAny(session, ['helpdesk', 'admin']) ? (
            <ParticipationForms id={id} status={data.status} />
          ) : null}
        </>
      )}
    </Loaded>
  );
}
