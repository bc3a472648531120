import { createRemoteJWKSet, jwtVerify, type JWTPayload, type JWTVerifyOptions } from 'jose';
import { isRole, type Principal } from './roles';

export interface TokenSettings {
  secret?: string;
  jwksUrl?: string;
  issuer?: string;
  audience?: string;
}

/** Why a token was refused; the guard turns it into a 401 problem. */
export class InvalidTokenError extends Error {}

/** Verifies bearer tokens: HS256 with a shared secret, or RS256 against a JWKS endpoint. */
export class TokenVerifier {
  private readonly verify: (token: string) => Promise<JWTPayload>;

  constructor(settings: TokenSettings) {
    const options: JWTVerifyOptions = {
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
      throw new InvalidTokenError(error instanceof Error ? error.message : 'token rejected');
    }
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
}
