import type { Request } from 'express';
import { isUntracedPath, routeOf, UNMATCHED_ROUTE } from './route-of';

function requestWith(fields: Partial<Pick<Request, 'baseUrl' | 'route'>>): Request {
  return { baseUrl: '', ...fields } as Request;
}

describe('the route of a request', () => {
  it('is the pattern the router matched, not the URL with its ids', () => {
    expect(routeOf(requestWith({ route: { path: '/schools/:brin' } }))).toBe('/schools/:brin');
  });

  it('keeps the prefix of a mounted router', () => {
    expect(routeOf(requestWith({ baseUrl: '/api', route: { path: '/kpis/:id' } }))).toBe('/api/kpis/:id');
  });

  it('is one fixed name for a request no route matched, so unknown URLs cannot grow the label set', () => {
    expect(routeOf(requestWith({}))).toBe(UNMATCHED_ROUTE);
  });
});

describe('untraced paths', () => {
  it.each(['/health/ready', '/health/live', '/metrics', '/metrics?x=1', '/health'])(
    'leaves %s untraced',
    (path) => {
      expect(isUntracedPath(path)).toBe(true);
    },
  );

  it.each(['/schools', '/healthy-schools', '/metricsx', '/kpis/health'])('traces %s', (path) => {
    expect(isUntracedPath(path)).toBe(false);
  });
});
