import { render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderAt, signInAs, stubServices } from '../../test/render';
import { BudgetBar } from './rounds.pages';
import { WorkQueuePage } from './work-queue.page';

function page(total: number) {
  return { items: [], page: 1, pageSize: 100, total, unreadable: [] };
}

describe('the work queue', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('counts inquiries not closed yet (of every open status), inquiries past the norm and applications past their decision day', async () => {
    signInAs('helpdesk');
    const calls = stubServices((call) => {
      const url = new URL(call.url);
      if (url.pathname === '/api/enrolment/inquiries') {
        const totals: Record<string, number> = { open: 4, 'conversation-held': 2, referred: 1 };
        return { status: 200, body: page(totals[url.searchParams.get('status') ?? ''] ?? 100) };
      }
      if (url.pathname === '/api/enrolment/inquiries/overdue') return { status: 200, body: page(2) };
      if (url.pathname === '/api/enrolment/subsidy-applications/overdue')
        return { status: 200, body: page(1) };
      return { status: 404, body: { type: 'about:blank', title: 'Not Found', status: 404, code: 'X' } };
    });
    renderAt('/loket', '/loket', <WorkQueuePage />);
    await waitFor(() => expect(screen.getByTestId('count-open').textContent).toBe('7'));
    await waitFor(() => expect(screen.getByTestId('count-te-laat').textContent).toBe('2'));
    await waitFor(() => expect(screen.getByTestId('count-aanvragen-te-laat').textContent).toBe('1'));
    expect(calls.every((call) => call.headers.get('authorization')?.startsWith('Bearer '))).toBe(true);
  });

  it('shows a subsidy officer only the applications past their decision day', async () => {
    signInAs('subsidy-officer');
    const calls = stubServices(() => ({ status: 200, body: page(3) }));
    renderAt('/loket', '/loket', <WorkQueuePage />);
    await waitFor(() => expect(screen.getByTestId('count-aanvragen-te-laat').textContent).toBe('3'));
    expect(screen.queryByTestId('count-open')).toBeNull();
    expect(calls.map((call) => new URL(call.url).pathname)).toEqual([
      '/api/enrolment/subsidy-applications/overdue',
    ]);
  });
});

describe("a round's budget bar", () => {
  it('says in words what is granted, reserved and left, for those who cannot see the bar', () => {
    render(
      <BudgetBar
        budget={{
          budgetCents: 100_000_00,
          grantedCents: 25_000_00,
          grantedCount: 2,
          grantsLeft: 8,
          reservedCents: 10_000_00,
          remainingCents: 75_000_00,
          remainingAfterReservedCents: 65_000_00,
        }}
      />,
    );
    const bar = screen.getByRole('img');
    expect(bar.getAttribute('aria-label')).toMatch(
      /€\s?25\.000,00 toegekend, €\s?10\.000,00 gereserveerd, €\s?65\.000,00 over van €\s?100\.000,00/,
    );
  });
});
