/** The platform's services; `pillar-team:<service>` may write in that service. */
export const SERVICES = ['enrolment', 'knowledge', 'labs', 'expert-schools', 'monitoring'] as const;
export type ServiceName = (typeof SERVICES)[number];

/** The roles a bearer token may carry (see docs/adr/0003-authentication.md). */
export type Role =
  | 'helpdesk'
  | 'subsidy-officer'
  | 'monitoring'
  | 'admin'
  /** Reads `/metrics`: the role of Prometheus's scrape token, and nothing else. */
  | 'metrics'
  | `pillar-team:${ServiceName}`;

export const ROLES: readonly Role[] = [
  'helpdesk',
  'subsidy-officer',
  'monitoring',
  'admin',
  'metrics',
  ...SERVICES.map((service): Role => `pillar-team:${service}`),
];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Who made the request, as read from the verified token; handlers use it for audit trails. */
export interface Principal {
  subject: string;
  name?: string;
  roles: Role[];
}
