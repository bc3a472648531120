import { Button, Heading } from '@utrecht/component-library-react';
import { useNavigate, useSearchParams } from 'react-router';
import { enrolment } from '../../api/clients';
import { dataOf } from '../../api/results';
import { SelectField, TextAreaField, TextField, valuesOf } from '../../components/fields';
import { ACTIVITIES, ACTIVITY_OPTIONS } from '../../components/format';
import { choiceOf, optionalText, requiredText } from '../../components/form-values';
import { ProblemAlert } from '../../components/problem-alert';
import { useCommand } from '../../components/use-command';

const OUTCOMES = ['fit', 'no-fit'] as const;

/** The pillar's intake with a school for one activity: a fit lets the school apply for it. */
export function NewIntakePage() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const complete = useCommand(
    (values: Map<string, string>, key: string) =>
      dataOf(
        enrolment.POST('/intakes', {
          params: { header: { 'Idempotency-Key': key } },
          body: {
            brin: requiredText(values, 'brin').toUpperCase(),
            activity: choiceOf(values, 'activity', ACTIVITIES),
            outcome: choiceOf(values, 'outcome', OUTCOMES),
            notes: requiredText(values, 'notes'),
            heldOn: optionalText(values, 'heldOn'),
            inquiryId: optionalText(values, 'inquiryId'),
          },
        }),
      ),
    (intake) => void navigate(`/loket/scholen/${intake.brin}`),
  );
  const problem = complete.error;
  return (
    <>
      <Heading level={2}>Intake vastleggen</Heading>
      <form
        className="console-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          complete.mutate(valuesOf(event.currentTarget));
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
          name="activity"
          label="Activiteit"
          options={ACTIVITY_OPTIONS}
          problem={problem}
          required
        />
        <SelectField
          name="outcome"
          label="Uitkomst"
          options={[
            { value: 'fit', label: 'Past' },
            { value: 'no-fit', label: 'Past niet' },
          ]}
          problem={problem}
          required
        />
        <TextField name="heldOn" label="Gehouden op" type="date" hint="Leeg: vandaag" problem={problem} />
        <TextField name="inquiryId" label="Nummer van de vraag (optioneel)" problem={problem} />
        <TextAreaField name="notes" label="Verslag" problem={problem} required />
        <Button type="submit" appearance="primary-action-button" disabled={complete.isPending}>
          Intake vastleggen
        </Button>
      </form>
    </>
  );
}
