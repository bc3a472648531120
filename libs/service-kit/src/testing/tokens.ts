import { mintDevelopmentToken } from '../auth/development-token';
import type { Role } from '../auth/roles';

export const TEST_JWT_SECRET = 'test-secret-that-is-long-enough-for-hs256';

/** An `Authorization` header value for a caller with these roles. */
export async function tokenFor(roles: Role[], subject = 'test-user'): Promise<string> {
  return `Bearer ${await mintDevelopmentToken({ roles, subject, secret: TEST_JWT_SECRET, lifetimeSeconds: 600 })}`;
}
