import { SignJWT } from 'jose';
import type { Role } from './roles';

/** Lifetime of a development token unless asked otherwise: short, so a token pasted somewhere soon expires. */
export const DEFAULT_DEVELOPMENT_TOKEN_LIFETIME_SECONDS = 3_600;

export interface DevelopmentTokenRequest {
  roles: Role[];
  secret: string;
  subject?: string;
  name?: string;
  /** Seconds from `iat` to `exp`; one hour by default. */
  lifetimeSeconds?: number;
  issuer?: string;
  audience?: string;
}

/** Signs an HS256 token for development and tests; production tokens come from the identity provider. */
export async function mintDevelopmentToken(request: DevelopmentTokenRequest): Promise<string> {
  const lifetime = request.lifetimeSeconds ?? DEFAULT_DEVELOPMENT_TOKEN_LIFETIME_SECONDS;
  if (!Number.isInteger(lifetime) || lifetime <= 0) {
    throw new Error(`a token lifetime is a positive whole number of seconds, not ${lifetime}`);
  }
  // One reading of the clock for both claims, so the lifetime is exactly the one asked for.
  const issuedAt = Math.floor(Date.now() / 1000);
  let jwt = new SignJWT({ roles: request.roles, ...(request.name ? { name: request.name } : {}) })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(request.subject ?? `dev-${request.roles.join('+')}`)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + lifetime);
  if (request.issuer) {
    jwt = jwt.setIssuer(request.issuer);
  }
  if (request.audience) {
    jwt = jwt.setAudience(request.audience);
  }
  return jwt.sign(new TextEncoder().encode(request.secret));
}

const SECONDS_PER_UNIT: Readonly<Record<string, number>> = { '': 1, s: 1, m: 60, h: 3_600, d: 86_400 };

/** Reads a lifetime such as `90`, `90s`, `30m`, `8h` or `1d` as seconds; undefined when it is not one. */
export function lifetimeInSeconds(text: string): number | undefined {
  const match = /^(\d+)([smhd]?)$/.exec(text.trim());
  const unit = SECONDS_PER_UNIT[match?.[2] ?? 'none'];
  return match && unit !== undefined ? Number(match[1]) * unit : undefined;
}
