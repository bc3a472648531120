import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { proxyTo, routeOf } from './api-proxy';
import type { ConsoleConfig } from './console.config';
import { issueDevelopmentToken } from './development-sign-in';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

// The bundle is served from this origin only, and it calls only this origin (the API goes through the proxy).
const SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'self'; connect-src 'self' https:; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

function notFound(response: ServerResponse): void {
  response.writeHead(404, { 'content-type': 'application/problem+json' });
  response.end(
    JSON.stringify({ type: 'about:blank', title: 'Not Found', status: 404, code: 'CONSOLE.NOT_FOUND' }),
  );
}

function sendJson(response: ServerResponse, status: number, body: object): void {
  response.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  response.end(JSON.stringify(body));
}

/**
 * The probes' routes, as the services' kit answers them. Live: the process answers. Ready: the configuration loaded
 * (it did, or the server would not exist) and the built bundle's page is there to serve. The services behind the
 * proxy are not checked: one service down must not take the whole console out of its Service (the proxy answers 502
 * for that service's calls), and each service has its own readiness.
 */
function health(url: string, publicDir: string, response: ServerResponse): void {
  if (url === '/health/live') {
    sendJson(response, 200, { status: 'ok' });
    return;
  }
  const bundle = existsSync(join(publicDir, 'index.html'));
  sendJson(response, bundle ? 200 : 503, { status: bundle ? 'ok' : 'unavailable', checks: { bundle } });
}

function sendFile(response: ServerResponse, path: string, cache: string): void {
  response.writeHead(200, {
    'content-type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream',
    'cache-control': cache,
    ...SECURITY_HEADERS,
  });
  createReadStream(path).pipe(response);
}

/** A file of the built bundle, or the app's page for any other path so that deep links work. */
function serveStatic(publicDir: string, url: string, response: ServerResponse): void {
  const pathname = decodeURIComponent(new URL(url, 'http://console').pathname);
  const candidate = normalize(join(publicDir, pathname));
  if (candidate.startsWith(publicDir + sep) && existsSync(candidate) && statSync(candidate).isFile()) {
    // Vite puts a content hash in every asset's name, so an asset never changes under its name.
    const immutable = candidate.startsWith(join(publicDir, 'assets') + sep);
    sendFile(response, candidate, immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    return;
  }
  const index = join(publicDir, 'index.html');
  // A missing asset is a 404; any other path is a page of the app (a KPI's page has dots in its id).
  const asset = pathname.startsWith('/assets/') || CONTENT_TYPES[extname(pathname)] !== undefined;
  if (asset || !existsSync(index)) {
    notFound(response);
    return;
  }
  sendFile(response, index, 'no-cache');
}

/**
 * The console's server: the built bundle, `/api/<service>/…` passed to the services, `/auth/config` (how to sign
 * in), `/health/live` and `/health/ready` (the probes') and, with the development secret only,
 * `/auth/development-token`.
 */
export function createConsoleServer(config: ConsoleConfig, publicDir: string): Server {
  const handle = async (incoming: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = incoming.url ?? '/';
    const route = routeOf(url);
    if (route) {
      proxyTo(config.upstreams[route.service], route.service, route.path, incoming, response);
      return;
    }
    if (url === '/auth/config' && incoming.method === 'GET') {
      sendJson(response, 200, config.signIn);
      return;
    }
    if ((url === '/health/live' || url === '/health/ready') && incoming.method === 'GET') {
      health(url, publicDir, response);
      return;
    }
    const { developmentSecret } = config;
    if (url === '/auth/development-token' && incoming.method === 'POST' && developmentSecret) {
      await issueDevelopmentToken({ ...config, developmentSecret }, incoming, response);
      return;
    }
    if (
      url.startsWith('/api/') ||
      url.startsWith('/auth/') ||
      url.startsWith('/health/') ||
      incoming.method !== 'GET'
    ) {
      notFound(response);
      return;
    }
    serveStatic(normalize(publicDir), url, response);
  };
  return createServer((incoming, response) => {
    handle(incoming, response).catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
}
