import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderAt, signInAs, stubServices } from '../../test/render';
import { RegisterSchoolPage } from './schools.page';

function fill(label: string, value: string): void {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

describe('registering a school', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("shows the service's message next to the field it is about, and the correlation id", async () => {
    signInAs('helpdesk');
    stubServices(() => ({
      status: 400,
      body: {
        type: 'about:blank',
        title: 'Bad Request',
        status: 400,
        code: 'VALIDATION.FAILED',
        correlationId: 'corr-123',
        errors: [{ field: 'brin', messages: ['brin must be a BRIN: two digits and two letters, e.g. 12AB'] }],
      },
    }));
    renderAt('/nieuw', '/nieuw', <RegisterSchoolPage />);
    fill('BRIN', '1');
    fill('Aantal leerlingen', '120');
    fireEvent.click(screen.getByRole('button', { name: 'Registreren' }));

    const brin = screen.getByLabelText('BRIN');
    await waitFor(() => expect(brin.getAttribute('aria-invalid')).toBe('true'));
    const described = (brin.getAttribute('aria-describedby') ?? '').split(' ');
    const messages = described.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
    expect(messages).toContain('brin must be a BRIN');
    expect(screen.getByRole('alert').textContent).toContain('corr-123');
    expect(screen.getByLabelText('Naam').getAttribute('aria-invalid')).not.toBe('true');
  });

  it('sends an Idempotency-Key, the same one when the same submission is retried', async () => {
    signInAs('helpdesk');
    const calls = stubServices(() => ({
      status: 503,
      body: {
        type: 'about:blank',
        title: 'Service Unavailable',
        status: 503,
        code: 'DEPENDENCY.UNAVAILABLE',
      },
    }));
    renderAt('/nieuw', '/nieuw', <RegisterSchoolPage />);
    fill('BRIN', '12AB');
    fill('Aantal leerlingen', '120');
    const submit = screen.getByRole('button', { name: 'Registreren' });
    fireEvent.click(submit);
    await waitFor(() => expect(calls).toHaveLength(1));
    await waitFor(() => expect(submit.hasAttribute('disabled')).toBe(false));
    fireEvent.click(submit);
    await waitFor(() => expect(calls).toHaveLength(2));

    const keys = calls.map((call) => call.headers.get('idempotency-key'));
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
    expect(calls[0]?.headers.get('authorization')).toMatch(/^Bearer /);
    expect(JSON.parse(calls[0]?.body ?? '{}')).toMatchObject({ brin: '12AB', pupilCount: 120 });
  });

  it('marks a number field that holds no number without asking the service', async () => {
    signInAs('helpdesk');
    const calls = stubServices(() => ({ status: 201, body: {} }));
    renderAt('/nieuw', '/nieuw', <RegisterSchoolPage />);
    fill('BRIN', '12AB');
    fireEvent.click(screen.getByRole('button', { name: 'Registreren' }));

    const pupils = screen.getByLabelText('Aantal leerlingen');
    await waitFor(() => expect(pupils.getAttribute('aria-invalid')).toBe('true'));
    expect(calls).toHaveLength(0);
  });
});
