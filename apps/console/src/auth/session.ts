// The signed-in user's session: the bearer token the services verify, and what the console reads from it. The
// roles only decide what the navigation shows; every service checks them again on each call.
import { useSyncExternalStore } from 'react';

export const ROLES = [
  'helpdesk',
  'subsidy-officer',
  'monitoring',
  'admin',
  'pillar-team:enrolment',
  'pillar-team:knowledge',
  'pillar-team:labs',
  'pillar-team:expert-schools',
  'pillar-team:monitoring',
] as const;
export type Role = (typeof ROLES)[number];

/** The roles in the words of the programme's staff. */
export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  helpdesk: 'Loket (helpdesk)',
  'subsidy-officer': 'Subsidiebeoordelaar',
  monitoring: 'Monitoring (KPI-dashboard)',
  admin: 'Beheerder',
  'pillar-team:enrolment': 'Pijlerteam deelname (intakes)',
  'pillar-team:knowledge': 'Pijlerteam kennisdeling',
  'pillar-team:labs': 'Pijlerteam labs',
  'pillar-team:expert-schools': 'Pijlerteam expertscholen',
  'pillar-team:monitoring': 'Pijlerteam monitoring',
};

export interface Session {
  token: string;
  subject: string;
  name?: string;
  roles: Role[];
  /** Milliseconds since the epoch at which the token expires. */
  expiresAt: number;
}

const STORAGE_KEY = 'okr.console.session';

function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Reads a token's claims (unverified: the services verify it); undefined when it is not a readable JWT. */
export function sessionOf(token: string): Session | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  try {
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const claims = JSON.parse(json) as { sub?: unknown; name?: unknown; roles?: unknown; exp?: unknown };
    if (typeof claims.exp !== 'number') return undefined;
    return {
      token,
      subject: typeof claims.sub === 'string' ? claims.sub : 'onbekend',
      ...(typeof claims.name === 'string' ? { name: claims.name } : {}),
      roles: Array.isArray(claims.roles) ? claims.roles.filter(isRole) : [],
      expiresAt: claims.exp * 1000,
    };
  } catch {
    return undefined;
  }
}

const listeners = new Set<() => void>();
let current: Session | undefined;
let expiry: ReturnType<typeof setTimeout> | undefined;

function publish(session: Session | undefined): void {
  clearTimeout(expiry);
  current = session;
  // Tab-scoped: closing the tab ends the session, and no other tab or site reads it from a cookie jar.
  if (session) {
    sessionStorage.setItem(STORAGE_KEY, session.token);
    // The services refuse an expired token; the console signs out at that moment rather than fail each call.
    expiry = setTimeout(() => publish(undefined), Math.max(0, session.expiresAt - Date.now()));
  } else {
    sessionStorage.removeItem(STORAGE_KEY);
  }
  for (const listener of listeners) listener();
}

// A reload keeps the tab's session while its token is valid.
if (typeof sessionStorage !== 'undefined') {
  const stored = sessionStorage.getItem(STORAGE_KEY);
  const session = stored ? sessionOf(stored) : undefined;
  publish(session && session.expiresAt > Date.now() ? session : undefined);
}

/** Starts a session with a token from the development sign-in or the identity provider. */
export function startSession(token: string): Session {
  const session = sessionOf(token);
  if (!session) throw new Error('het token is onleesbaar');
  publish(session);
  return session;
}

export function endSession(): void {
  publish(undefined);
}

/** The session now, for code outside React (the API clients). */
export function currentSession(): Session | undefined {
  return current;
}

/** The session, re-rendering when it starts or ends. */
export function useSession(): Session | undefined {
  return useSyncExternalStore((listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }, currentSession);
}

/** Whether the session holds any of these roles. */
export function holdsAny(session: Session | undefined, roles: readonly Role[]): boolean {
  return !!session && session.roles.some((role) => roles.includes(role));
}
