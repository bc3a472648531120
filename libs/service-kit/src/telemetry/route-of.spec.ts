import { IncomingMessage } from 'node:http';
import { Socket } from 'node:net';
import { isUntracedPath, rememberRoute, routeOf, UNMATCHED_ROUTE } from './route-of';

/** A Node request as Express leaves it once routed: `route` and `baseUrl` on the request itself. */
function expressRequestWith(fields: { baseUrl?: string; route?: { path: string } }): IncomingMessage {
  return Object.assign(new IncomingMessage(new Socket()), { baseUrl: '', ...fields });
}

describe('the route of a request', () => {
  it('is the pattern the router matched, not the URL with its ids', () => {
    expect(routeOf(expressRequestWith({ route: { path: '/schools/:brin' } }))).toBe('/schools/:brin');
  });

  it('keeps the prefix of a mounted router', () => {
    expect(routeOf(expressRequestWith({ baseUrl: '/api', route: { path: '/kpis/:id' } }))).toBe(
      '/api/kpis/:id',
    );
  });

  it('is the pattern Fastify matched, noted for the Node request middleware sees', () => {
    const request = new IncomingMessage(new Socket());

    rememberRoute(request, '/schools/:brin');

    expect(routeOf(request)).toBe('/schools/:brin');
  });

  it('is one fixed name for a request no route matched, so unknown URLs cannot grow the label set', () => {
    expect(routeOf(expressRequestWith({}))).toBe(UNMATCHED_ROUTE);
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
