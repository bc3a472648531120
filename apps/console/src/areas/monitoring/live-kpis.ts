// Live KPI values from monitoring's Server-Sent Events. EventSource cannot send a bearer token, so the stream is
// read with fetch; each `kpi` event replaces that KPI in the cached list (and marks its page stale), so every
// screen shows the new value without a reload.
import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { authorizationHeader } from '../../api/clients';
import type { components } from '../../api/monitoring';

type KpiList = components['schemas']['KpiListResponse'];
type KpiSummary = components['schemas']['KpiSummaryView'];
export type LiveState = 'verbinden' | 'live' | 'onderbroken';

const RECONNECT_MS = 3_000;

/** Splits a text/event-stream into its events' `event` and `data` fields (WHATWG HTML, 9.2.6). */
export function parseEvents(buffer: string): { events: { event: string; data: string }[]; rest: string } {
  const blocks = buffer.split(/\r?\n\r?\n/);
  const rest = blocks.pop() ?? '';
  const events = blocks.flatMap((block) => {
    let event = 'message';
    const data: string[] = [];
    for (const line of block.split(/\r?\n/)) {
      if (line.startsWith('event:')) event = line.slice(6).trim();
      else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
    }
    return data.length > 0 ? [{ event, data: data.join('\n') }] : [];
  });
  return { events, rest };
}

function apply(queries: QueryClient, kpi: KpiSummary & { version: number }): void {
  const { version, ...summary } = kpi;
  queries.setQueryData<KpiList>(['kpis'], (list) =>
    list
      ? {
          version: Math.max(list.version, version),
          kpis: list.kpis.some((entry) => entry.id === summary.id)
            ? list.kpis.map((entry) => (entry.id === summary.id ? summary : entry))
            : [...list.kpis, summary],
        }
      : list,
  );
  void queries.invalidateQueries({ queryKey: ['kpi', summary.id] });
  void queries.invalidateQueries({ queryKey: ['lag'] });
}

async function follow(queries: QueryClient, signal: AbortSignal, onState: (state: LiveState) => void) {
  const response = await fetch('/api/monitoring/kpis/stream', {
    headers: { accept: 'text/event-stream', ...authorizationHeader() },
    signal,
  });
  if (!response.ok || !response.body) throw new Error(`stream answered ${response.status}`);
  onState('live');
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    const parsed = parseEvents(buffer + value);
    buffer = parsed.rest;
    for (const { event, data } of parsed.events) {
      if (event === 'kpi') apply(queries, JSON.parse(data) as KpiSummary & { version: number });
    }
  }
}

/** Keeps the KPI list live while the component is shown; reconnects after a lost stream. */
export function useLiveKpis(): LiveState {
  const queries = useQueryClient();
  const [state, setState] = useState<LiveState>('verbinden');
  useEffect(() => {
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const connect = (): void => {
      follow(queries, controller.signal, setState)
        .catch(() => undefined)
        .finally(() => {
          if (controller.signal.aborted) return;
          setState('onderbroken');
          timer = setTimeout(connect, RECONNECT_MS);
        });
    };
    connect();
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [queries]);
  return state;
}
