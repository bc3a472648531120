// Helpers of the component tests: a signed-in session with chosen roles, a page rendered at a path, and answers
// of the services as the console's proxy would pass them on.
import { render, type RenderResult } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { vi } from 'vitest';
import { startSession, type Role } from '../auth/session';

function base64Url(value: object): string {
  return btoa(JSON.stringify(value)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
}

/** Signs in with these roles (an unsigned token: the console only reads it, the services verify it). */
export function signInAs(...roles: Role[]): void {
  const claims = { sub: 'tester', roles, exp: Math.floor(Date.now() / 1000) + 600 };
  startSession(`${base64Url({ alg: 'none' })}.${base64Url(claims)}.`);
}

/** Renders `element` as the page at `path` (matched by `pattern`), with a fresh query cache. */
export function renderAt(path: string, pattern: string, element: ReactNode): RenderResult {
  const queries = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={queries}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path={pattern} element={element} />
          <Route path="*" element={<p>elders</p>} />
        </Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

export interface StubbedCall {
  method: string;
  url: string;
  headers: Headers;
  body: string;
}

/** Stands in for the services: `answer` gives each request's status and JSON body; every call is recorded. */
export function stubServices(
  answer: (call: StubbedCall) => { status: number; body: unknown; type?: string },
) {
  const calls: StubbedCall[] = [];
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const call = {
      method: request.method,
      url: request.url,
      headers: request.headers,
      body: request.method === 'GET' ? '' : await request.text(),
    };
    calls.push(call);
    const { status, body, type } = answer(call);
    return new Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': type ?? (status >= 400 ? 'application/problem+json' : 'application/json') },
    });
  });
  return calls;
}
