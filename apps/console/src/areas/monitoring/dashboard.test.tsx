import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderAt, signInAs, stubServices } from '../../test/render';
import { DashboardPage } from './dashboard.page';
import { parseEvents } from './live-kpis';

const FIGURE = (value: number | null, progressPercent: number | null) => ({ value, progressPercent });

function kpi(id: string, status: 'computed' | 'no-source', value: number | null) {
  return {
    id,
    pillar: 'improvement-culture',
    kind: 'output',
    unit: 'count',
    status,
    name: { nl: `KPI ${id}`, en: `KPI ${id}` },
    target: { text: '500', value: 500 },
    figures: {
      total: FIGURE(value, value === null ? null : 10),
      bySector: { PO: FIGURE(0, 0), VO: FIGURE(0, 0) },
    },
  };
}

describe('the KPI dashboard', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('says "nog geen bron" for a KPI without a source, never 0, and shows a measured value', async () => {
    signInAs('monitoring');
    stubServices((call) =>
      call.url.endsWith('/kpis')
        ? { status: 200, body: { version: 3, kpis: [kpi('a', 'no-source', 0), kpi('b', 'computed', 50)] } }
        : { status: 404, body: { type: 'about:blank', title: 'Not Found', status: 404, code: 'X' } },
    );
    renderAt('/', '/', <DashboardPage />);
    await waitFor(() => expect(screen.getByTestId('kpi-value-a').textContent).toBe('nog geen bron'));
    expect(screen.getByTestId('kpi-value-b').textContent).toBe('50');
    expect(screen.getByRole('link', { name: 'KPI b' }).getAttribute('href')).toBe('/dashboard/kpi/b');
  });
});

describe('reading the live stream', () => {
  it('splits complete events and keeps a partial one for the next chunk', () => {
    const { events, rest } = parseEvents('event: kpi\nid: 1:a\ndata: {"id":"a"}\n\nevent: kpi\ndata: {"id"');
    expect(events).toEqual([{ event: 'kpi', data: '{"id":"a"}' }]);
    expect(rest).toBe('event: kpi\ndata: {"id"');
  });
});
