import type { IncomingMessage } from 'node:http';

/** What a request matched that no route handles (a 404), so metrics and spans never carry a raw URL. */
export const UNMATCHED_ROUTE = '(unmatched)';

// Probes and scrapes come every few seconds from every replica; as traces they would bury the requests.
const UNTRACED_PATHS = /^\/(health|metrics)(\/|\?|$)/;

// The route patterns Fastify matched, by Node request: Fastify keeps them on its own request object, which
// middleware (handed Node's request) never sees, so its adapter notes each one here when it routes a request.
const matchedRoutes = new WeakMap<IncomingMessage, string>();

/** Whether a request path is a probe or a scrape, which gets no trace. */
export function isUntracedPath(path: string): boolean {
  return UNTRACED_PATHS.test(path);
}

/** Notes the route pattern a request matched, for an HTTP server that does not keep it on Node's request. */
export function rememberRoute(request: IncomingMessage, pattern: string): void {
  matchedRoutes.set(request, pattern);
}

/** The route pattern a request matched, e.g. `/schools/:brin`, never the URL with its ids. */
export function routeOf(request: IncomingMessage): string {
  return matchedRoutes.get(request) ?? expressRouteOf(request) ?? UNMATCHED_ROUTE;
}

/** Express keeps the matched route on the request itself (`route.path`, below a mounted router's `baseUrl`). */
function expressRouteOf(
  request: IncomingMessage & { route?: unknown; baseUrl?: unknown },
): string | undefined {
  const { route, baseUrl } = request;
  const path =
    typeof route === 'object' && route !== null && 'path' in route && typeof route.path === 'string'
      ? route.path
      : undefined;
  return path === undefined ? undefined : `${typeof baseUrl === 'string' ? baseUrl : ''}${path}`;
}
