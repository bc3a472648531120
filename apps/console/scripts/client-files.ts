// Which client files the console has: one per service it calls, each under `/api/<service>/` (docs/adr/0011-console.md).
import { join } from 'node:path';

export const CONSOLE_SERVICES = ['enrolment', 'knowledge', 'labs', 'expert-schools', 'monitoring'] as const;
export type ConsoleService = (typeof CONSOLE_SERVICES)[number];

const REPO_ROOT = join(__dirname, '..', '..', '..');

/** Where a service's generated client types live. */
export function clientPath(service: ConsoleService): string {
  return join(REPO_ROOT, 'apps', 'console', 'src', 'api', `${service}.d.ts`);
}
