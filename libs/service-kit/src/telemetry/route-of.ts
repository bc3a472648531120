import type { Request } from 'express';

/** What a request matched that no route handles (a 404), so metrics and spans never carry a raw URL. */
export const UNMATCHED_ROUTE = '(unmatched)';

// Probes and scrapes come every few seconds from every replica; as traces they would bury the requests.
const UNTRACED_PATHS = /^\/(health|metrics)(\/|\?|$)/;

/** Whether a request path is a probe or a scrape, which gets no trace. */
export function isUntracedPath(path: string): boolean {
  return UNTRACED_PATHS.test(path);
}

/** The route pattern a request matched, e.g. `/schools/:brin`, never the URL with its ids. */
export function routeOf(request: Request): string {
  const route: unknown = request.route;
  const path =
    typeof route === 'object' && route !== null && 'path' in route && typeof route.path === 'string'
      ? route.path
      : undefined;
  return path === undefined ? UNMATCHED_ROUTE : `${request.baseUrl}${path}`;
}
