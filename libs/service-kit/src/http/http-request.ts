import type { IncomingHttpHeaders } from 'node:http';

/**
 * A request as guards, interceptors, filters and handlers see it on either HTTP adapter: Express's `Request` and
 * Fastify's `FastifyRequest` both have these members, so code written against them runs on both (docs/adr/0015-fastify.md).
 * Middleware sees Node's `IncomingMessage` on both adapters instead.
 */
export interface HttpRequest {
  readonly method: string;
  readonly url: string;
  /** The URL as the client sent it, before a mounted middleware shortened `url` (both adapters keep it). */
  readonly originalUrl?: string;
  readonly headers: IncomingHttpHeaders;
  /** The bytes read within the body limit, then (JsonBodyGuard) the parsed JSON, or the bytes of a `@RawBody` route. */
  body?: unknown;
}

/** One header of a request, or undefined when it was not sent. */
export function headerOf(
  request: { readonly headers: IncomingHttpHeaders },
  name: string,
): string | undefined {
  const value = request.headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The URL the client sent, query included. Express and Fastify's middleware runner keep it as `originalUrl` and may
 * shorten `url` for a middleware mounted on a path; Fastify's own requests and plain Node ones have only `url`.
 */
export function requestUrlOf(request: { readonly url?: string; readonly originalUrl?: string }): string {
  return request.originalUrl ?? request.url ?? '';
}

/** The path of a request URL, without its query string. */
export function pathOf(url: string): string {
  const query = url.indexOf('?');
  return query === -1 ? url : url.slice(0, query);
}
