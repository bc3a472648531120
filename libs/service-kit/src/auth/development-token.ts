import { SignJWT } from 'jose';
import type { Role } from './roles';

export interface DevelopmentTokenRequest {
  roles: Role[];
  secret: string;
  subject?: string;
  name?: string;
  expiresIn?: string;
  issuer?: string;
  audience?: string;
}

/** Signs an HS256 token for development and tests; production tokens come from the identity provider. */
export async function mintDevelopmentToken(request: DevelopmentTokenRequest): Promise<string> {
  let jwt = new SignJWT({ roles: request.roles, ...(request.name ? { name: request.name } : {}) })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(request.subject ?? `dev-${request.roles.join('+')}`)
    .setIssuedAt()
    .setExpirationTime(request.expiresIn ?? '8h');
  if (request.issuer) {
    jwt = jwt.setIssuer(request.issuer);
  }
  if (request.audience) {
    jwt = jwt.setAudience(request.audience);
  }
  return jwt.sign(new TextEncoder().encode(request.secret));
}
