import {
  Button,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading,
  Paragraph,
} from '@utrecht/component-library-react';
import { useQueries, useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { enrolment } from '../../api/clients';
import type { components } from '../../api/enrolment';
import { dataOf } from '../../api/results';
import { holdsAny, useSession } from '../../auth/session';
import {
  ACTIVITIES,
  ACTIVITY_LABELS,
  EQUAL_ACCESS_FLAGS,
  EQUAL_ACCESS_LABELS,
  formatDay,
  formatMoment,
  PARTICIPATION_STATUS_LABELS,
  APPLICATION_STATUS_LABELS,
  formatCents,
  TIMELINE_LABELS,
} from '../../components/format';
import { CheckboxField, SelectField, TextField, valuesOf } from '../../components/fields';
import { checked, choiceOf, requiredNumber, requiredText } from '../../components/form-values';
import { ProblemAlert } from '../../components/problem-alert';
import { Loaded } from '../../components/query-state';
import { useCommand } from '../../components/use-command';
import { DataTable } from '../../components/tables';

/** The console's page of a timeline entry's record (`/inquiries/{id}` and the like), if it has one. */
const RECORD_PAGES: readonly [RegExp, string][] = [
  [/^\/inquiries\/([^/]+)$/, '/loket/vragen/'],
  [/^\/subsidy-applications\/([^/]+)$/, '/loket/aanvragen/'],
  [/^\/participations\/([^/]+)$/, '/loket/deelnames/'],
];

function pageOf(record: string): string | undefined {
  for (const [pattern, page] of RECORD_PAGES) {
    const id = pattern.exec(record)?.[1];
    if (id) return `${page}${id}`;
  }
  return undefined;
}

type Profile = components['schemas']['SchoolProfileView'];
const SECTORS = ['PO', 'VO'] as const;

/** A change to the school's profile: a new name, pupil count or equal-access flag, as the school reports it. */
function ProfileForm({ brin, profile }: { brin: string; profile: Profile }) {
  // A PATCH sets the same fields to the same values however often it is sent: the service takes no key for it.
  const update = useCommand((values: Map<string, string>) =>
    dataOf(
      enrolment.PATCH('/schools/{brin}', {
        params: { path: { brin } },
        body: {
          name: requiredText(values, 'name'),
          sector: choiceOf(values, 'sector', SECTORS),
          boardNumber: requiredText(values, 'boardNumber'),
          municipality: requiredText(values, 'municipality'),
          province: requiredText(values, 'province'),
          pupilCount: requiredNumber(values, 'pupilCount'),
          specialisedEducation: checked(values, 'specialisedEducation'),
          weakPerforming: checked(values, 'weakPerforming'),
          specialTargetGroups: checked(values, 'specialTargetGroups'),
        },
      }),
    ),
  );
  return (
    <details>
      <summary>Profiel wijzigen</summary>
      <form
        className="console-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          update.mutate(valuesOf(event.currentTarget));
        }}
      >
        <ProblemAlert problem={update.error} />
        <TextField name="name" label="Naam" defaultValue={profile.name} problem={update.error} />
        <SelectField
          name="sector"
          label="Sector"
          defaultValue={profile.sector}
          options={SECTORS.map((value) => ({ value, label: value }))}
          problem={update.error}
        />
        <TextField
          name="boardNumber"
          label="Bestuursnummer"
          defaultValue={profile.boardNumber}
          problem={update.error}
        />
        <TextField
          name="municipality"
          label="Gemeente"
          defaultValue={profile.municipality}
          problem={update.error}
        />
        <TextField name="province" label="Provincie" defaultValue={profile.province} problem={update.error} />
        <TextField
          name="pupilCount"
          label="Aantal leerlingen"
          type="number"
          defaultValue={profile.pupilCount}
          problem={update.error}
        />
        <CheckboxField
          name="specialisedEducation"
          label={EQUAL_ACCESS_LABELS.specialisedEducation}
          defaultChecked={profile.equalAccess.specialisedEducation}
          problem={update.error}
        />
        <CheckboxField
          name="weakPerforming"
          label={EQUAL_ACCESS_LABELS.weakPerforming}
          defaultChecked={profile.equalAccess.weakPerforming}
          problem={update.error}
        />
        <CheckboxField
          name="specialTargetGroups"
          label={EQUAL_ACCESS_LABELS.specialTargetGroups}
          defaultChecked={profile.equalAccess.specialTargetGroups}
          problem={update.error}
        />
        <Button type="submit" appearance="secondary-action-button" disabled={update.isPending}>
          Profiel opslaan
        </Button>
        {update.isSuccess ? <Paragraph role="status">Het profiel is opgeslagen.</Paragraph> : null}
      </form>
    </details>
  );
}

/** Everything the help desk knows about one school, with the next steps it can take from here. */
export function SchoolPage() {
  const { brin = '' } = useParams();
  const session = useSession();
  const school = useQuery({
    queryKey: ['school', brin],
    queryFn: () => dataOf(enrolment.GET('/schools/{brin}', { params: { path: { brin } } })),
  });
  const timeline = useQuery({
    queryKey: ['school', brin, 'timeline'],
    queryFn: () => dataOf(enrolment.GET('/schools/{brin}/timeline', { params: { path: { brin } } })),
  });
  const participations = useQuery({
    queryKey: ['school', brin, 'participations'],
    queryFn: () =>
      dataOf(
        enrolment.GET('/schools/{brin}/participations', {
          params: { path: { brin }, query: { pageSize: 100 } },
        }),
      ),
  });
  const audit = useQuery({
    queryKey: ['school', brin, 'audit'],
    queryFn: () => dataOf(enrolment.GET('/schools/{brin}/audit', { params: { path: { brin } } })),
  });
  // An intake per activity: a school has at most one current intake for each.
  const intakes = useQueries({
    queries: ACTIVITIES.map((activity) => ({
      queryKey: ['school', brin, 'intake', activity],
      queryFn: async () => {
        const { data, response } = await enrolment.GET('/schools/{brin}/intakes/{activity}', {
          params: { path: { brin, activity } },
        });
        return response.ok && data ? data : null;
      },
    })),
  });
  const applicationIds = [
    ...new Set(
      (timeline.data?.entries ?? []).flatMap((entry) => {
        const match = /^\/subsidy-applications\/([^/]+)$/.exec(entry.record);
        return match?.[1] ? [match[1]] : [];
      }),
    ),
  ];
  const applications = useQueries({
    queries: applicationIds.map((id) => ({
      queryKey: ['application', id],
      queryFn: () => dataOf(enrolment.GET('/subsidy-applications/{id}', { params: { path: { id } } })),
    })),
  });
  const helpdesk = holdsAny(session, ['helpdesk', 'admin']);
  return (
    <Loaded query={school}>
      {({ profile }) => (
        <>
          <Heading level={2}>
            {profile.name} ({brin})
          </Heading>
          <nav aria-label="Volgende stappen">
            <ul>
              {helpdesk ? (
                <li>
                  <Link to={`/loket/vragen/nieuw?brin=${brin}`}>Vraag vastleggen</Link>
                </li>
              ) : null}
              {holdsAny(session, ['pillar-team:enrolment', 'admin']) ? (
                <li>
                  <Link to={`/loket/intakes/nieuw?brin=${brin}`}>Intake vastleggen</Link>
                </li>
              ) : null}
              {holdsAny(session, ['helpdesk']) ? (
                <li>
                  <Link to={`/loket/aanvragen/nieuw?brin=${brin}`}>Aanvraag indienen</Link>
                </li>
              ) : null}
            </ul>
          </nav>
          <div className="console-columns">
            <section aria-labelledby="profiel">
              <Heading level={3} id="profiel">
                Profiel
              </Heading>
              <DataList>
                <DataListItem>
                  <DataListKey>Sector</DataListKey>
                  <DataListValue>{profile.sector}</DataListValue>
                </DataListItem>
                <DataListItem>
                  <DataListKey>Gemeente</DataListKey>
                  <DataListValue>
                    {profile.municipality} ({profile.province})
                  </DataListValue>
                </DataListItem>
                <DataListItem>
                  <DataListKey>Bestuursnummer</DataListKey>
                  <DataListValue>{profile.boardNumber}</DataListValue>
                </DataListItem>
                <DataListItem>
                  <DataListKey>Leerlingen</DataListKey>
                  <DataListValue>{profile.pupilCount}</DataListValue>
                </DataListItem>
              </DataList>
              {helpdesk ? <ProfileForm brin={brin} profile={profile} /> : null}
            </section>
            <section aria-labelledby="gelijke-kansen">
              <Heading level={3} id="gelijke-kansen">
                Gelijke kansen
              </Heading>
              <ul>
                {EQUAL_ACCESS_FLAGS.map((flag) => (
                  <li key={flag}>
                    {EQUAL_ACCESS_LABELS[flag]}: {profile.equalAccess[flag] ? 'ja' : 'nee'}
                  </li>
                ))}
              </ul>
            </section>
          </div>
          <section aria-labelledby="tijdlijn">
            <Heading level={3} id="tijdlijn">
              Tijdlijn
            </Heading>
            <Loaded query={timeline}>
              {({ entries }) => (
                <ol className="console-timeline" data-testid="timeline">
                  {entries.length === 0 ? <li>Nog niets gebeurd.</li> : null}
                  {entries.map((entry, index) => (
                    // Two steps of one record may share kind and day (two conversations); the order is the server's.
                    <li key={`${index}-${entry.kind}-${entry.record}`}>
                      {formatDay(entry.on)}:{' '}
                      {pageOf(entry.record) ? (
                        <Link to={pageOf(entry.record) ?? ''}>{TIMELINE_LABELS[entry.kind]}</Link>
                      ) : (
                        TIMELINE_LABELS[entry.kind]
                      )}
                    </li>
                  ))}
                </ol>
              )}
            </Loaded>
          </section>
          <section aria-labelledby="intakes">
            <Heading level={3} id="intakes">
              Intakes
            </Heading>
            <DataTable
              caption="Intakes per activiteit"
              rows={intakes.flatMap((query) => (query.data ? [query.data] : []))}
              rowKey={(row) => row.intakeId}
              columns={[
                { header: 'Activiteit', cell: (row) => ACTIVITY_LABELS[row.activity] },
                { header: 'Gehouden', cell: (row) => formatDay(row.heldOn) },
                { header: 'Uitkomst', cell: (row) => (row.outcome === 'fit' ? 'Past' : 'Past niet') },
              ]}
              empty="Geen intakes."
            />
          </section>
          <section aria-labelledby="aanvragen">
            <Heading level={3} id="aanvragen">
              Aanvragen
            </Heading>
            <DataTable
              caption="Subsidieaanvragen"
              rows={applications.flatMap((query) => (query.data ? [query.data] : []))}
              rowKey={(row) => row.applicationId}
              columns={[
                { header: 'Activiteit', cell: (row) => ACTIVITY_LABELS[row.activity] },
                { header: 'Ingediend', cell: (row) => formatDay(row.submittedOn) },
                { header: 'Bedrag', cell: (row) => formatCents(row.requestedAmountCents), numeric: true },
                { header: 'Status', cell: (row) => APPLICATION_STATUS_LABELS[row.status] },
                {
                  header: 'Aanvraag',
                  cell: (row) => <Link to={`/loket/aanvragen/${row.applicationId}`}>Openen</Link>,
                },
              ]}
              empty="Geen aanvragen."
            />
          </section>
          <section aria-labelledby="deelnames">
            <Heading level={3} id="deelnames">
              Deelnames
            </Heading>
            <Loaded query={participations}>
              {(page) => (
                <DataTable
                  caption="Deelnames aan activiteiten"
                  rows={page.items}
                  rowKey={(row) => row.participationId}
                  columns={[
                    { header: 'Activiteit', cell: (row) => ACTIVITY_LABELS[row.activity] },
                    { header: 'Schooljaar', cell: (row) => row.schoolYear },
                    { header: 'Ingeschreven', cell: (row) => formatDay(row.enrolledOn) },
                    { header: 'Status', cell: (row) => PARTICIPATION_STATUS_LABELS[row.status] },
                    {
                      header: 'Deelname',
                      cell: (row) => <Link to={`/loket/deelnames/${row.participationId}`}>Openen</Link>,
                    },
                  ]}
                  empty="Geen deelnames."
                />
              )}
            </Loaded>
          </section>
          <section aria-labelledby="audit">
            <Heading level={3} id="audit">
              Audittrail
            </Heading>
            <Loaded query={audit}>
              {(trail) => (
                <DataTable
                  caption="Wie wat wanneer veranderde"
                  rows={trail}
                  rowKey={(row) => String(row.version)}
                  columns={[
                    { header: 'Moment', cell: (row) => formatMoment(row.at) },
                    { header: 'Door', cell: (row) => row.actor },
                    { header: 'Handeling', cell: (row) => row.command },
                    { header: 'Velden', cell: (row) => row.changes.map((change) => change.path).join(', ') },
                  ]}
                />
              )}
            </Loaded>
          </section>
          {school.data?.registeredOn ? (
            <Paragraph>Geregistreerd op {formatDay(school.data.registeredOn)}.</Paragraph>
          ) : null}
        </>
      )}
    </Loaded>
  );
}
