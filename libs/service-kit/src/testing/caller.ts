import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { App } from 'supertest/types';
import type { Role } from '../auth/roles';
import { uniqueName } from './test-env';
import { tokenFor } from './tokens';

/** supertest against an in-process app, every request with the same caller's bearer token. */
export interface Caller {
  get(path: string): request.Test;
  post(path: string): request.Test;
  patch(path: string): request.Test;
  put(path: string): request.Test;
  delete(path: string): request.Test;
}

/**
 * A caller of `app` with `roles`, known as `subject` (a fresh name by default, so tests do not share
 * Idempotency-Keys or audit actors): `await (await callerFor(app, 'helpdesk')).post('/schools').send(…)`.
 */
export async function callerFor(
  app: INestApplication,
  roles: Role | Role[],
  subject: string = uniqueName('caller'),
): Promise<Caller> {
  const token = await tokenFor(Array.isArray(roles) ? roles : [roles], subject);
  const server = app.getHttpServer() as App;
  const authed = (test: request.Test): request.Test => test.set('authorization', token);
  return {
    get: (path) => authed(request(server).get(path)),
    post: (path) => authed(request(server).post(path)),
    patch: (path) => authed(request(server).patch(path)),
    put: (path) => authed(request(server).put(path)),
    delete: (path) => authed(request(server).delete(path)),
  };
}
