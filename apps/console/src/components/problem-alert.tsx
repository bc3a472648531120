import { Alert, Paragraph } from '@utrecht/component-library-react';
import type { ProblemError } from '../api/problem';

/** What went wrong, in the service's words, with the correlation id a colleague can look the request up by. */
export function ProblemAlert({ problem }: { problem: ProblemError | null | undefined }) {
  if (!problem) return null;
  const { title, detail, errors, correlationId } = problem.problem;
  return (
    <Alert type="error" role="alert">
      <Paragraph>
        <strong>{title}</strong>
        {detail && detail !== title ? `: ${detail}` : ''}
      </Paragraph>
      {errors && errors.length > 0 ? <Paragraph>Controleer de gemarkeerde velden.</Paragraph> : null}
      {correlationId ? <Paragraph>Kenmerk voor de beheerder: {correlationId}</Paragraph> : null}
    </Alert>
  );
}
