import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ProblemError } from '../api/problem';
import { ProblemAlert } from './problem-alert';

describe('a problem shown to the user', () => {
  it("leads with Dutch words for the status, then the service's explanation and the correlation id", () => {
    render(
      <ProblemAlert
        problem={
          new ProblemError({
            type: 'about:blank',
            title: 'Conflict',
            status: 409,
            code: 'APPLICATION.ALREADY_DECIDED',
            detail: 'the application was already decided',
            correlationId: 'c-42',
          })
        }
      />,
    );
    const text = screen.getByRole('alert').textContent ?? '';
    expect(text).toContain('Dit kan nu niet');
    expect(text).toContain('Toelichting van de dienst: the application was already decided');
    expect(text).toContain('Kenmerk voor de beheerder: c-42');
  });

  it('says the service is unavailable for any 5xx', () => {
    render(
      <ProblemAlert
        problem={
          new ProblemError({ type: 'about:blank', title: 'Service Unavailable', status: 503, code: 'X' })
        }
      />,
    );
    expect(screen.getByRole('alert').textContent).toContain('De dienst is nu niet beschikbaar');
  });
});
