import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { AuthenticatedRequest } from '../auth/roles.decorator';
import type { Principal } from '../auth/roles';

/** Who did it, as an audit trail records it: the token's subject, with the name when the token has one. */
export function actorOf(principal: Principal): string {
  return principal.name ? `${principal.subject} (${principal.name})` : principal.subject;
}

/**
 * Injects the verified caller as an actor for the audit trail, e.g. `'desk-anna (Anna de Vries)'`. Only on an
 * endpoint with `@Roles`, where a caller is known.
 */
export const Actor = createParamDecorator((_data: unknown, context: ExecutionContext): string => {
  const principal = context.switchToHttp().getRequest<AuthenticatedRequest>().principal;
  if (!principal) {
    throw new Error('Actor used on an endpoint without @Roles');
  }
  return actorOf(principal);
});
