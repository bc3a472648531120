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

describe('the live dashboard', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('shows a KPI value that arrives over the stream, without asking for the list again', async () => {
    signInAs('monitoring');
    const encoder = new TextEncoder();
    let push: (text: string) => void = () => undefined;
    const lists: string[] = [];
    vi.stubGlobal('fetch', (input: RequestInfo | URL) => {
      // The stream's call carries jsdom's AbortSignal, which Node's Request does not take: read the URL only.
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      if (url.endsWith('/kpis/stream')) {
        const body = new ReadableStream<Uint8Array>({
          start(controller) {
            push = (text) => controller.enqueue(encoder.encode(text));
          },
        });
        return Promise.resolve(new Response(body, { headers: { 'content-type': 'text/event-stream' } }));
      }
      if (url.endsWith('/kpis')) {
        lists.push(url);
        const list = { version: 1, kpis: [kpi('b', 'computed', 5)] };
        return Promise.resolve(Response.json(list));
      }
      return Promise.resolve(Response.json({ title: 'Not Found', status: 404 }, { status: 404 }));
    });
    renderAt('/', '/', <DashboardPage />);
    await waitFor(() => expect(screen.getByTestId('kpi-value-b').textContent).toBe('5'));
    await waitFor(() => expect(screen.getByTestId('live-state').textContent).toBe('live'));

    push(`event: kpi\nid: 2:b\ndata: ${JSON.stringify({ version: 2, ...kpi('b', 'computed', 6) })}\n\n`);

    await waitFor(() => expect(screen.getByTestId('kpi-value-b').textContent).toBe('6'));
    expect(lists).toHaveLength(1);
  });
});
