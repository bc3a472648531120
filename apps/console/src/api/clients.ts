// One typed client per service, generated from its OpenAPI document (npm run console:clients), each calling the
// service through the console's own origin under /api/<service> (docs/adr/0011-console.md).
import createClient, { type Client, type Middleware } from 'openapi-fetch';
import { currentSession, endSession } from '../auth/session';
import type { paths as EnrolmentPaths } from './enrolment';
import type { paths as ExpertSchoolsPaths } from './expert-schools';
import type { paths as KnowledgePaths } from './knowledge';
import type { paths as LabsPaths } from './labs';
import type { paths as MonitoringPaths } from './monitoring';

const bearer: Middleware = {
  onRequest({ request }) {
    const session = currentSession();
    if (session) request.headers.set('authorization', `Bearer ${session.token}`);
    return request;
  },
  onResponse({ response }) {
    // An expired or revoked token: back to the sign-in page rather than a screen full of errors.
    if (response.status === 401) endSession();
    return response;
  },
};

function clientFor<Paths extends object>(service: string): Client<Paths> {
  const origin = typeof window === 'undefined' ? 'http://localhost' : window.location.origin;
  // fetch is looked up on each call (not captured once), so component tests can stand in for the services.
  const client = createClient<Paths>({
    baseUrl: `${origin}/api/${service}`,
    fetch: (request) => fetch(request),
  });
  client.use(bearer);
  return client;
}

export const enrolment = clientFor<EnrolmentPaths>('enrolment');
export const monitoring = clientFor<MonitoringPaths>('monitoring');
export const knowledge = clientFor<KnowledgePaths>('knowledge');
export const labs = clientFor<LabsPaths>('labs');
export const expertSchools = clientFor<ExpertSchoolsPaths>('expert-schools');

/** The bearer header for calls the typed clients cannot make (the live stream, the CSV download). */
export function authorizationHeader(): Record<string, string> {
  const session = currentSession();
  return session ? { authorization: `Bearer ${session.token}` } : {};
}
