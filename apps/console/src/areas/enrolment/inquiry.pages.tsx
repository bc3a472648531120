import {
  Button,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Fieldset,
  FieldsetLegend,
  Heading,
  Paragraph,
} from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { enrolment } from '../../api/clients';
import { dataOf } from '../../api/results';
import { CheckboxField, SelectField, TextAreaField, TextField, valuesOf } from '../../components/fields';
import {
  ACTIVITIES,
  ACTIVITY_LABELS,
  CHANNEL_LABELS,
  formatDay,
  formatMoment,
  INQUIRY_STATUS_LABELS,
} from '../../components/format';
import { choiceOf, optionalText, requiredText } from '../../components/form-values';
import { ProblemAlert } from '../../components/problem-alert';
import { Loaded } from '../../components/query-state';
import { useCommand } from '../../components/use-command';

const CHANNELS = ['phone', 'email', 'web-form', 'information-session'] as const;
const CLOSE_OUTCOMES = ['answered', 'referred', 'no-follow-up', 'duplicate'] as const;
const CLOSE_LABELS: Readonly<Record<(typeof CLOSE_OUTCOMES)[number], string>> = {
  answered: 'Beantwoord',
  referred: 'Doorverwezen',
  'no-follow-up': 'Geen vervolg',
  duplicate: 'Dubbel',
};
const OUTSIDE_REASONS = ['other-programme', 'not-eligible', 'no-capacity', 'other'] as const;
const OUTSIDE_LABELS: Readonly<Record<(typeof OUTSIDE_REASONS)[number], string>> = {
  'other-programme': 'Ander programma',
  'not-eligible': 'Komt niet in aanmerking',
  'no-capacity': 'Geen plek',
  other: 'Anders',
};

/** A first question from or about a school: by phone, e-mail, web form or at an information session. */
export function NewInquiryPage() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const receive = useCommand(
    (values: Map<string, string>, key: string) => {
      const contactName = optionalText(values, 'contact.name');
      return dataOf(
        enrolment.POST('/inquiries', {
          params: { header: { 'Idempotency-Key': key } },
          body: {
            brin: optionalText(values, 'brin')?.toUpperCase(),
            schoolName: optionalText(values, 'schoolName'),
            channel: choiceOf(values, 'channel', CHANNELS),
            question: optionalText(values, 'question'),
            ...(contactName
              ? {
                  contact: {
                    name: contactName,
                    email: optionalText(values, 'contact.email'),
                    phone: optionalText(values, 'contact.phone'),
                  },
                }
              : {}),
          },
        }),
      );
    },
    (inquiry) => void navigate(`/loket/vragen/${inquiry.inquiryId}`),
  );
  const problem = receive.error;
  return (
    <>
      <Heading level={2}>Nieuwe vraag</Heading>
      <form
        className="console-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          receive.mutate(valuesOf(event.currentTarget));
        }}
      >
        <ProblemAlert problem={problem} />
        <TextField
          name="brin"
          label="BRIN van de school"
          hint="Laat leeg als de school nog niet geregistreerd is; vul dan de naam in."
          defaultValue={params.get('brin') ?? ''}
          problem={problem}
        />
        <TextField name="schoolName" label="Naam van de school (als er geen BRIN is)" problem={problem} />
        <SelectField
          name="channel"
          label="Kanaal"
          options={CHANNELS.map((value) => ({ value, label: CHANNEL_LABELS[value] }))}
          problem={problem}
          required
        />
        <TextAreaField name="question" label="Vraag" problem={problem} />
        <Fieldset>
          <FieldsetLegend>Contactpersoon (optioneel)</FieldsetLegend>
          <TextField name="contact.name" label="Naam" problem={problem} />
          <TextField name="contact.email" label="E-mailadres" type="email" problem={problem} />
          <TextField name="contact.phone" label="Telefoonnummer" problem={problem} />
        </Fieldset>
        <Button type="submit" appearance="primary-action-button" disabled={receive.isPending}>
          Vraag vastleggen
        </Button>
      </form>
    </>
  );
}

function ConversationForm({ id }: { id: string }) {
  const hold = useCommand((values: Map<string, string>, key: string) =>
    dataOf(
      enrolment.POST('/inquiries/{id}/conversations', {
        params: { path: { id }, header: { 'Idempotency-Key': key } },
        body: { notes: requiredText(values, 'notes'), heldOn: optionalText(values, 'heldOn') },
      }),
    ),
  );
  return (
    <form
      className="console-form"
      noValidate
      aria-labelledby="gesprek"
      onSubmit={(event) => {
        event.preventDefault();
        hold.mutate(valuesOf(event.currentTarget));
      }}
    >
      <Heading level={3} id="gesprek">
        Verkennend gesprek
      </Heading>
      <ProblemAlert problem={hold.error} />
      <TextField name="heldOn" label="Gehouden op" type="date" hint="Leeg: vandaag" problem={hold.error} />
      <TextAreaField name="notes" label="Verslag" problem={hold.error} required />
      <Button type="submit" appearance="primary-action-button" disabled={hold.isPending}>
        Gesprek vastleggen
      </Button>
      {hold.isSuccess ? <Paragraph role="status">Het gesprek is vastgelegd.</Paragraph> : null}
    </form>
  );
}

function ReferralForm({ id }: { id: string }) {
  const refer = useCommand((values: Map<string, string>, key: string) => {
    const activities = ACTIVITIES.filter((activity) => values.has(`activity:${activity}`));
    const outside = optionalText(values, 'reasonCode');
    return dataOf(
      enrolment.POST('/inquiries/{id}/referral', {
        params: { path: { id }, header: { 'Idempotency-Key': key } },
        body:
          activities.length > 0 || !outside
            ? { kind: 'activities', activities, notes: optionalText(values, 'notes') }
            : {
                kind: 'outside-programme',
                reasonCode: choiceOf(values, 'reasonCode', OUTSIDE_REASONS),
                notes: optionalText(values, 'notes'),
              },
      }),
    );
  });
  return (
    <form
      className="console-form"
      noValidate
      aria-labelledby="verwijzing"
      onSubmit={(event) => {
        event.preventDefault();
        refer.mutate(valuesOf(event.currentTarget));
      }}
    >
      <Heading level={3} id="verwijzing">
        Doorverwijzen
      </Heading>
      <ProblemAlert problem={refer.error} />
      <Fieldset>
        <FieldsetLegend>Naar activiteiten</FieldsetLegend>
        {ACTIVITIES.map((activity) => (
          <CheckboxField
            key={activity}
            name={`activity:${activity}`}
            label={ACTIVITY_LABELS[activity]}
            problem={refer.error}
          />
        ))}
      </Fieldset>
      <SelectField
        name="reasonCode"
        label="Of buiten het programma, omdat"
        options={[
          { value: '', label: 'Niet van toepassing' },
          ...OUTSIDE_REASONS.map((value) => ({ value, label: OUTSIDE_LABELS[value] })),
        ]}
        problem={refer.error}
      />
      <TextAreaField name="notes" label="Toelichting" problem={refer.error} />
      <Button type="submit" appearance="primary-action-button" disabled={refer.isPending}>
        Doorverwijzen
      </Button>
      {refer.isSuccess ? <Paragraph role="status">De verwijzing is vastgelegd.</Paragraph> : null}
    </form>
  );
}

function CloseForm({ id }: { id: string }) {
  const close = useCommand((values: Map<string, string>, key: string) =>
    dataOf(
      enrolment.POST('/inquiries/{id}/close', {
        params: { path: { id }, header: { 'Idempotency-Key': key } },
        body: { outcome: choiceOf(values, 'outcome', CLOSE_OUTCOMES) },
      }),
    ),
  );
  return (
    <form
      className="console-form"
      noValidate
      aria-labelledby="sluiten"
      onSubmit={(event) => {
        event.preventDefault();
        close.mutate(valuesOf(event.currentTarget));
      }}
    >
      <Heading level={3} id="sluiten">
        Vraag sluiten
      </Heading>
      <ProblemAlert problem={close.error} />
      <SelectField
        name="outcome"
        label="Uitkomst"
        options={CLOSE_OUTCOMES.map((value) => ({ value, label: CLOSE_LABELS[value] }))}
        problem={close.error}
      />
      <Button type="submit" appearance="secondary-action-button" disabled={close.isPending}>
        Sluiten
      </Button>
    </form>
  );
}

/** Privacy: the contact person's details are erased once they are no longer needed; the question stays. */
function EraseContact({ id }: { id: string }) {
  const erase = useCommand((_: void, key: string) =>
    dataOf(
      enrolment.POST('/inquiries/{id}/erase-contact', {
        params: { path: { id }, header: { 'Idempotency-Key': key } },
        body: {},
      }),
    ),
  );
  return (
    <div className="console-form">
      <ProblemAlert problem={erase.error} />
      <Button appearance="secondary-action-button" disabled={erase.isPending} onClick={() => erase.mutate()}>
        Contactgegevens wissen
      </Button>
    </div>
  );
}

export function InquiryPage() {
  const { id = '' } = useParams();
  const inquiry = useQuery({
    queryKey: ['inquiry', id],
    queryFn: () => dataOf(enrolment.GET('/inquiries/{id}', { params: { path: { id } } })),
  });
  return (
    <Loaded query={inquiry}>
      {(data) => (
        <>
          <Heading level={2}>Vraag van {data.brin ?? data.schoolName ?? 'een school'}</Heading>
          <DataList>
            <DataListItem>
              <DataListKey>Status</DataListKey>
              <DataListValue>
                <span data-testid="inquiry-status">{INQUIRY_STATUS_LABELS[data.status]}</span>
                {data.overdue ? ' (over de reactienorm)' : ''}
              </DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>Ontvangen</DataListKey>
              <DataListValue>
                {formatMoment(data.receivedAt)} per {CHANNEL_LABELS[data.channel].toLowerCase()}
              </DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>Eerste reactie voor</DataListKey>
              <DataListValue>{formatDay(data.firstResponseDueOn)}</DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>Vraag</DataListKey>
              <DataListValue>{data.question ?? '—'}</DataListValue>
            </DataListItem>
            {data.brin ? (
              <DataListItem>
                <DataListKey>School</DataListKey>
                <DataListValue>
                  <Link to={`/loket/scholen/${data.brin}`}>{data.brin}</Link>
                </DataListValue>
              </DataListItem>
            ) : null}
          </DataList>
          {data.contact ? (
            <>
              <Heading level={3}>Contactpersoon</Heading>
              <Paragraph>
                {data.contact.name}
                {data.contact.email ? `, ${data.contact.email}` : ''}
                {data.contact.phone ? `, ${data.contact.phone}` : ''}
              </Paragraph>
              <EraseContact id={id} />
            </>
          ) : null}
          {data.contactErasedOn ? (
            <Paragraph>Contactgegevens gewist op {formatDay(data.contactErasedOn)}.</Paragraph>
          ) : null}
          {data.conversations.length > 0 ? (
            <>
              <Heading level={3}>Gesprekken</Heading>
              <ul>
                {data.conversations.map((conversation) => (
                  <li key={`${conversation.heldOn}-${conversation.notes}`}>
                    {formatDay(conversation.heldOn)}: {conversation.notes}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {data.referral ? (
            <Paragraph>
              Doorverwezen op {formatDay(data.referral.referredOn)}
              {data.referral.activities
                ? ` naar ${data.referral.activities.map((activity) => ACTIVITY_LABELS[activity]).join(', ')}`
                : ' buiten het programma'}
              .
            </Paragraph>
          ) : null}
          {data.status !== 'closed' ? (
            <div className="console-columns">
              <ConversationForm id={id} />
              {data.status === 'conversation-held' ? <ReferralForm id={id} /> : null}
              <CloseForm id={id} />
            </div>
          ) : null}
        </>
      )}
    </Loaded>
  );
}
