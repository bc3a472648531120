import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload, type JWTVerifyOptions } from 'jose';
import { isRole, type Principal } from './roles';

/** Longest lifetime (`exp` − `iat`) a token may have unless configured otherwise: one working day. */
export const DEFAULT_MAX_TOKEN_LIFETIME_SECONDS = 43_200;
/** How far the issuer's clock may differ from ours unless configured otherwise. */
export const DEFAULT_CLOCK_TOLERANCE_SECONDS = 30;

export interface TokenSettings {
  secret?: string;
  jwksUrl?: string;
  issuer?: string;
  audience?: string;
  /** A token valid for longer than this is refused, so a leaked token cannot be used for months. */
  maxLifetimeSeconds?: number;
  /** Skew allowed on `exp`, `nbf` and `iat` between the issuer's clock and ours. */
  clockToleranceSeconds?: number;
}

/** Why a token was refused; the guard turns it into a 401 problem. */
export class InvalidTokenError extends Error {}

/**
 * Verifies bearer tokens: HS256 with a shared secret, or RS256 against a JWKS endpoint. Every token must
 * expire (`exp`) and may live at most the configured maximum, with a small clock skew either way.
 */
export class TokenVerifier {
  private readonly verify: (token: string) => Promise<JWTPayload>;
  private readonly maxLifetime: number;
  private readonly tolerance: number;

  constructor(settings: TokenSettings) {
    this.maxLifetime = settings.maxLifetimeSeconds ?? DEFAULT_MAX_TOKEN_LIFETIME_SECONDS;
    this.tolerance = settings.clockToleranceSeconds ?? DEFAULT_CLOCK_TOLERANCE_SECONDS;
    const options: JWTVerifyOptions = {
      requiredClaims: ['exp'],
      clockTolerance: this.tolerance,
      ...(settings.issuer ? { issuer: settings.issuer } : {}),
      ...(settings.audience ? { audience: settings.audience } : {}),
    };
    if (settings.jwksUrl) {
      const keys = createRemoteJWKSet(new URL(settings.jwksUrl));
      this.verify = async (token) =>
        (await jwtVerify(token, keys, { ...options, algorithms: ['RS256'] })).payload;
    } else if (settings.secret) {
      const key = new TextEncoder().encode(settings.secret);
      this.verify = async (token) =>
        (await jwtVerify(token, key, { ...options, algorithms: ['HS256'] })).payload;
    } else {
      throw new Error('TokenVerifier needs a secret or a JWKS URL');
    }
  }

  async principalOf(token: string): Promise<Principal> {
    let payload: JWTPayload;
    try {
      payload = await this.verify(token);
    } catch (error) {
      throw new InvalidTokenError(reasonFor(error));
    }
    this.checkLifetime(payload);
    if (typeof payload.sub !== 'string' || payload.sub === '') {
      throw new InvalidTokenError('token has no subject ("sub")');
    }
    const claimed: unknown = payload['roles'];
    const roles = Array.isArray(claimed)
      ? claimed.filter((role): role is string => typeof role === 'string')
      : [];
    const name = payload['name'];
    return {
      subject: payload.sub,
      roles: roles.filter(isRole),
      ...(typeof name === 'string' ? { name } : {}),
    };
  }

  // jose has checked that `exp` is present and a number, and `iat` a number when present.
  private checkLifetime(payload: JWTPayload): void {
    const now = Math.floor(Date.now() / 1000);
    const exp = payload.exp ?? 0;
    if (payload.iat !== undefined && payload.iat > now + this.tolerance) {
      throw new InvalidTokenError('token is issued in the future ("iat")');
    }
    // Without `iat` only the remaining lifetime is known, and the issuer's clock may run ahead of ours.
    const [lifetime, allowed] =
      payload.iat === undefined
        ? [exp - now, this.maxLifetime + this.tolerance]
        : [exp - payload.iat, this.maxLifetime];
    if (lifetime > allowed) {
      throw new InvalidTokenError(
        `token is valid for ${lifetime} seconds, longer than the ${this.maxLifetime} seconds allowed ("exp")`,
      );
    }
  }
}

function reasonFor(error: unknown): string {
  if (
    error instanceof errors.JWTClaimValidationFailed &&
    error.claim === 'exp' &&
    error.reason === 'missing'
  ) {
    return 'token has no expiry ("exp"); every token must expire';
  }
  if (error instanceof errors.JWTExpired && error.claim === 'exp') {
    return 'token has expired ("exp")';
  }
  return error instanceof Error ? error.message : 'token rejected';
}
