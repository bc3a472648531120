import { request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { PROXIED_SERVICES, type ProxiedService } from './console.config';

/** Headers that belong to one connection, never forwarded (RFC 9110 section 7.6.1). */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'host',
]);

/** `/api/<service>/<rest>` → the service and `/<rest>` (with its query), or undefined for any other path. */
export function routeOf(url: string): { service: ProxiedService; path: string } | undefined {
  const match = /^\/api\/([a-z-]+)(\/.*)?$/.exec(url);
  const service = PROXIED_SERVICES.find((name) => name === match?.[1]);
  if (!match || !service) return undefined;
  return { service, path: match[2] ?? '/' };
}

function forwardedHeaders(incoming: IncomingMessage): Record<string, string | string[]> {
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value !== undefined && !HOP_BY_HOP.has(name)) headers[name] = value;
  }
  // Who asked, for the service's logs: the browser's address after any proxy in front of this one.
  const before = incoming.headers['x-forwarded-for'];
  const client = incoming.socket.remoteAddress ?? '';
  headers['x-forwarded-for'] = before ? `${String(before)}, ${client}` : client;
  headers['x-forwarded-host'] = incoming.headers.host ?? '';
  headers['x-forwarded-proto'] = incoming.headers['x-forwarded-proto'] ?? 'http';
  headers['x-forwarded-prefix'] = incoming.url?.split('/').slice(0, 3).join('/') ?? '';
  return headers;
}

function badGateway(response: ServerResponse, service: string): void {
  if (response.headersSent) {
    response.destroy();
    return;
  }
  response.writeHead(502, { 'content-type': 'application/problem+json' });
  response.end(
    JSON.stringify({
      type: 'about:blank',
      title: 'Service unreachable',
      status: 502,
      code: 'CONSOLE.SERVICE_UNREACHABLE',
      detail: `the ${service} service did not answer`,
    }),
  );
}

/**
 * Sends the request on to the service and streams the answer back unchanged, Server-Sent Events included; the
 * same path contract an Ingress on the console's host would follow instead (docs/adr/0011-console.md).
 */
export function proxyTo(
  upstream: URL,
  service: ProxiedService,
  path: string,
  incoming: IncomingMessage,
  response: ServerResponse,
): void {
  const target = new URL(path, upstream);
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  const outgoing = send(
    target,
    { method: incoming.method, headers: forwardedHeaders(incoming) },
    (answer) => {
      const headers = Object.fromEntries(
        Object.entries(answer.headers).filter(([name]) => !HOP_BY_HOP.has(name)),
      );
      response.writeHead(answer.statusCode ?? 502, headers);
      // A live stream must reach the browser at once, not when a buffer fills.
      response.flushHeaders();
      answer.pipe(response);
    },
  );
  outgoing.on('error', () => badGateway(response, service));
  // A browser that goes away (a closed tab, a left page) ends the service's stream too.
  response.on('close', () => {
    if (!response.writableFinished) outgoing.destroy();
  });
  incoming.pipe(outgoing);
}
