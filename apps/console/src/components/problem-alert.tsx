import { Alert, Paragraph } from '@utrecht/component-library-react';
import type { ProblemError } from '../api/problem';

/** What a status means for the person at the screen; the service's own words follow as its explanation. */
const DUTCH_TITLES: Readonly<Record<number, string>> = {
  400: 'Niet alles is goed ingevuld',
  401: 'U bent niet (meer) aangemeld',
  403: 'Uw rollen geven geen toegang tot deze handeling',
  404: 'Niet gevonden',
  409: 'Dit kan nu niet: de gegevens zijn intussen veranderd of de stap is al gezet',
  413: 'Het verzoek is te groot',
  422: 'Dit mag niet volgens de regels van het programma',
  429: 'Te veel verzoeken; probeer het zo opnieuw',
};

function titleOf(status: number, title: string, code: string): string {
  // The console's own problems already speak Dutch.
  if (code.startsWith('CONSOLE.')) return title;
  if (status >= 500 || status === 0) return 'De dienst is nu niet beschikbaar; probeer het later opnieuw';
  return DUTCH_TITLES[status] ?? title;
}

/** What went wrong, with the service's explanation and the correlation id a colleague can look the request up by. */
export function ProblemAlert({ problem }: { problem: ProblemError | null | undefined }) {
  if (!problem) return null;
  const { status, title, code, detail, errors, correlationId } = problem.problem;
  const dutch = titleOf(status, title, code);
  const explanation = detail ?? (dutch === title ? undefined : title);
  return (
    <Alert type="error" role="alert">
      <Paragraph>
        <strong>{dutch}</strong>
      </Paragraph>
      {explanation && explanation !== dutch ? (
        <Paragraph>Toelichting van de dienst: {explanation}</Paragraph>
      ) : null}
      {errors && errors.length > 0 ? <Paragraph>Controleer de gemarkeerde velden.</Paragraph> : null}
      {correlationId ? <Paragraph>Kenmerk voor de beheerder: {correlationId}</Paragraph> : null}
    </Alert>
  );
}
