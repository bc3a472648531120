// The console server's settings, read from the environment (every key is in .env.example).

/** The services behind the console, each reachable under `/api/<service>/` (docs/adr/0011-console.md). */
export const PROXIED_SERVICES = ['enrolment', 'knowledge', 'labs', 'expert-schools', 'monitoring'] as const;
export type ProxiedService = (typeof PROXIED_SERVICES)[number];

const DEFAULT_PORTS: Readonly<Record<ProxiedService, number>> = {
  enrolment: 3001,
  knowledge: 3002,
  labs: 3003,
  'expert-schools': 3004,
  monitoring: 3005,
};

/** How people sign in: a development page that picks roles, or the identity provider. */
export type SignInMode =
  { mode: 'development' } | { mode: 'oidc'; issuer: string; clientId: string; scope: string };

export interface ConsoleConfig {
  port: number;
  host: string;
  /** Where each service answers, e.g. http://127.0.0.1:3001 or http://enrolment:3001 in a cluster. */
  upstreams: Record<ProxiedService, URL>;
  /** The development secret: set only when the platform runs with HS256 tokens and no identity provider. */
  developmentSecret?: string;
  signIn: SignInMode;
  tokenIssuer?: string;
  tokenAudience?: string;
  /** The longest token the services accept (JWT_MAX_LIFETIME_SECONDS). */
  maxTokenLifetimeSeconds: number;
}

function envVar(service: ProxiedService): string {
  return service.toUpperCase().replace(/-/g, '_');
}

function wholeNumber(env: NodeJS.ProcessEnv, key: string, fallback: number): number {
  const text = env[key];
  if (!text) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value <= 0) {
    throw new Error(`${key} must be a positive whole number, not "${text}"`);
  }
  return value;
}

/** Reads the configuration; throws naming the key when one is invalid. */
export function loadConsoleConfig(env: NodeJS.ProcessEnv = process.env): ConsoleConfig {
  const upstreams = Object.fromEntries(
    PROXIED_SERVICES.map((service) => {
      const key = `CONSOLE_${envVar(service)}_URL`;
      const port = env[`${envVar(service)}_PORT`] || String(DEFAULT_PORTS[service]);
      const text = env[key] || `http://127.0.0.1:${port}`;
      try {
        return [service, new URL(text)];
      } catch {
        throw new Error(`${key} must be a URL, not "${text}"`);
      }
    }),
  ) as Record<ProxiedService, URL>;
  // The development sign-in exists only where the services themselves trust the development secret: HS256 with
  // JWT_SECRET and no identity provider (docs/adr/0003-authentication.md).
  const developmentSecret = env['JWT_SECRET'] && !env['JWT_JWKS_URL'] ? env['JWT_SECRET'] : undefined;
  const issuer = env['OIDC_ISSUER'];
  const clientId = env['OIDC_CLIENT_ID'];
  let signIn: SignInMode;
  if (developmentSecret) {
    signIn = { mode: 'development' };
  } else if (issuer && clientId) {
    signIn = { mode: 'oidc', issuer, clientId, scope: env['OIDC_SCOPE'] || 'openid profile' };
  } else {
    throw new Error('set OIDC_ISSUER and OIDC_CLIENT_ID (or JWT_SECRET without JWT_JWKS_URL in development)');
  }
  return {
    port: wholeNumber(env, 'PORT', 3000),
    host: env['HOST'] || '0.0.0.0',
    upstreams,
    ...(developmentSecret ? { developmentSecret } : {}),
    signIn,
    ...(env['JWT_ISSUER'] ? { tokenIssuer: env['JWT_ISSUER'] } : {}),
    ...(env['JWT_AUDIENCE'] ? { tokenAudience: env['JWT_AUDIENCE'] } : {}),
    maxTokenLifetimeSeconds: wholeNumber(env, 'JWT_MAX_LIFETIME_SECONDS', 43_200),
  };
}
