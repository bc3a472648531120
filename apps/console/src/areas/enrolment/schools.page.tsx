import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { enrolment } from '../../api/clients';
import { dataOf } from '../../api/results';
import { holdsAny, useSession } from '../../auth/session';
import { CheckboxField, SelectField, TextField, valuesOf } from '../../components/fields';
import { checked, choiceOf, optionalText, requiredNumber, requiredText } from '../../components/form-values';
import { ProblemAlert } from '../../components/problem-alert';
import { Loaded } from '../../components/query-state';
import { DataTable } from '../../components/tables';
import { useCommand } from '../../components/use-command';

const SECTORS = ['PO', 'VO'] as const;
const SECTOR_OPTIONS = [
  { value: 'PO', label: 'Primair onderwijs (PO)' },
  { value: 'VO', label: 'Voortgezet onderwijs (VO)' },
];

/** School search by name, BRIN or place; the help desk registers a school that is not there yet. */
export function SchoolsPage() {
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const search = params.get('zoek') ?? '';
  const schools = useQuery({
    queryKey: ['schools', search],
    queryFn: () =>
      dataOf(
        enrolment.GET('/schools', { params: { query: { ...(search ? { search } : {}), pageSize: 50 } } }),
      ),
  });
  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const text = valuesOf(event.currentTarget).get('zoek')?.trim() ?? '';
    setParams(text ? { zoek: text } : {});
  };
  return (
    <>
      <Heading level={2}>Scholen</Heading>
      <form role="search" onSubmit={submit} className="console-form">
        <TextField name="zoek" label="Zoek op naam, BRIN of plaats" type="search" defaultValue={search} />
        <Button type="submit" appearance="primary-action-button">
          Zoeken
        </Button>
      </form>
      {holdsAny(session, ['helpdesk', 'admin']) ? (
        <Paragraph>
          <Link to="/loket/scholen/nieuw">School registreren</Link>
        </Paragraph>
      ) : null}
      <Loaded query={schools}>
        {(page) => (
          <DataTable
            caption={search ? `Scholen bij "${search}" (${page.total})` : `Alle scholen (${page.total})`}
            rows={page.items}
            rowKey={(row) => row.brin}
            columns={[
              { header: 'BRIN', cell: (row) => <Link to={`/loket/scholen/${row.brin}`}>{row.brin}</Link> },
              { header: 'Naam', cell: (row) => row.profile.name },
              { header: 'Sector', cell: (row) => row.profile.sector },
              { header: 'Gemeente', cell: (row) => row.profile.municipality },
            ]}
            empty="Geen scholen gevonden."
          />
        )}
      </Loaded>
    </>
  );
}

export function RegisterSchoolPage() {
  const navigate = useNavigate();
  const register = useCommand(
    (values: Map<string, string>, key: string) =>
      dataOf(
        enrolment.POST('/schools', {
          params: { header: { 'Idempotency-Key': key } },
          body: {
            brin: requiredText(values, 'brin').toUpperCase(),
            name: requiredText(values, 'name'),
            sector: choiceOf(values, 'sector', SECTORS),
            specialisedEducation: checked(values, 'specialisedEducation'),
            boardNumber: requiredText(values, 'boardNumber'),
            municipality: requiredText(values, 'municipality'),
            province: requiredText(values, 'province'),
            location: optionalText(values, 'location'),
            pupilCount: requiredNumber(values, 'pupilCount'),
            weakPerforming: checked(values, 'weakPerforming'),
            specialTargetGroups: checked(values, 'specialTargetGroups'),
          },
        }),
      ),
    (school) => void navigate(`/loket/scholen/${school.brin}`),
  );
  const problem = register.error;
  return (
    <>
      <Heading level={2}>School registreren</Heading>
      <form
        className="console-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          register.mutate(valuesOf(event.currentTarget));
        }}
      >
        <ProblemAlert problem={problem} />
        <TextField
          name="brin"
          label="BRIN"
          hint="Vier tekens, bijvoorbeeld 12AB"
          problem={problem}
          required
        />
        <TextField name="name" label="Naam" problem={problem} required />
        <SelectField name="sector" label="Sector" options={SECTOR_OPTIONS} problem={problem} required />
        <TextField name="boardNumber" label="Bestuursnummer" problem={problem} required />
        <TextField name="municipality" label="Gemeente" problem={problem} required />
        <TextField name="province" label="Provincie" problem={problem} required />
        <TextField name="location" label="Vestigingsplaats (optioneel)" problem={problem} />
        <TextField name="pupilCount" label="Aantal leerlingen" type="number" problem={problem} required />
        <CheckboxField name="specialisedEducation" label="Speciaal onderwijs" problem={problem} />
        <CheckboxField name="weakPerforming" label="Zwak presterend" problem={problem} />
        <CheckboxField name="specialTargetGroups" label="Bijzondere doelgroepen" problem={problem} />
        <Button type="submit" appearance="primary-action-button" disabled={register.isPending}>
          Registreren
        </Button>
      </form>
    </>
  );
}
