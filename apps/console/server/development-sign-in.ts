import { isRole, mintDevelopmentToken, type Role } from '@okr/service-kit';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ConsoleConfig } from './console.config';

/** A development session lasts a working day, or less when the services accept only shorter tokens. */
const DEVELOPMENT_SESSION_SECONDS = 8 * 3_600;
const MAX_BODY_BYTES = 4_096;

function problem(response: ServerResponse, status: number, code: string, detail: string): void {
  response.writeHead(status, { 'content-type': 'application/problem+json' });
  response.end(JSON.stringify({ type: 'about:blank', title: detail, status, code, detail }));
}

function readBody(incoming: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    incoming.setEncoding('utf8');
    incoming.on('data', (chunk: string) => {
      body += chunk;
      if (body.length > MAX_BODY_BYTES) {
        reject(new Error('body too large'));
        incoming.destroy();
      }
    });
    incoming.on('end', () => resolve(body));
    incoming.on('error', reject);
  });
}

function requestedSignIn(body: string): { roles: Role[]; name?: string } | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const { roles, name } = parsed as { roles?: unknown; name?: unknown };
  if (!Array.isArray(roles) || roles.length === 0) return undefined;
  const known = roles.filter((role): role is Role => typeof role === 'string' && isRole(role));
  if (known.length !== roles.length) return undefined;
  if (name !== undefined && (typeof name !== 'string' || name.length > 100)) return undefined;
  return { roles: known, ...(typeof name === 'string' && name ? { name } : {}) };
}

/**
 * `POST /auth/development-token` with `{ "roles": [...], "name"?: "..." }`: a token signed with the development
 * secret, exactly as `npm run token` mints one. The server registers this route only with the development secret,
 * so a deployment with an identity provider has no such route and the secret never reaches the browser bundle.
 */
export async function issueDevelopmentToken(
  config: ConsoleConfig & { developmentSecret: string },
  incoming: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  let body: string;
  try {
    body = await readBody(incoming);
  } catch {
    problem(response, 413, 'CONSOLE.BODY_TOO_LARGE', 'the request body is too large');
    return;
  }
  const request = requestedSignIn(body);
  if (!request) {
    problem(
      response,
      400,
      'CONSOLE.INVALID_SIGN_IN',
      'name one or more known roles, and at most a short name',
    );
    return;
  }
  const lifetimeSeconds = Math.min(DEVELOPMENT_SESSION_SECONDS, config.maxTokenLifetimeSeconds);
  const token = await mintDevelopmentToken({
    roles: request.roles,
    secret: config.developmentSecret,
    ...(request.name
      ? { name: request.name, subject: `dev-${request.name.toLowerCase().replace(/\W+/g, '-')}` }
      : {}),
    lifetimeSeconds,
    ...(config.tokenIssuer ? { issuer: config.tokenIssuer } : {}),
    ...(config.tokenAudience ? { audience: config.tokenAudience } : {}),
  });
  response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  response.end(JSON.stringify({ token, expiresInSeconds: lifetimeSeconds }));
}
