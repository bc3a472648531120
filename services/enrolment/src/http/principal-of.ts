import type { Principal } from '@okr/service-kit';

/** Who did it, as the audit trail records it: the token's subject, with the name when the token has one. */
export function actorOf(principal: Principal): string {
  return principal.name ? `${principal.subject} (${principal.name})` : principal.subject;
}
