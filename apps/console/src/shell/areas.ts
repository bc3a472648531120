// The console's areas: one per service, so a pillar service's screens plug in as one more entry here (with its own
// folder under areas/) and show only to the roles that service lets read (docs/adr/0011-console.md).
import { type ComponentType, lazy } from 'react';
import type { Role } from '../auth/session';

export interface AreaLink {
  to: string;
  label: string;
  /** Only these roles see the link; the area's roles when absent. */
  roles?: readonly Role[];
}

export interface ConsoleArea {
  /** The path the area lives under, e.g. `loket`. */
  path: string;
  title: string;
  /** The roles the area's service lets read its screens. */
  roles: readonly Role[];
  links: readonly AreaLink[];
  /** Loaded when first opened: each area is a chunk of its own, so a user downloads only the screens they use. */
  Component: ComponentType;
}

export const AREAS: readonly ConsoleArea[] = [
  {
    path: 'loket',
    title: 'Loket',
    roles: ['helpdesk', 'subsidy-officer', 'pillar-team:enrolment', 'admin'],
    links: [
      { to: '/loket', label: 'Werkvoorraad', roles: ['helpdesk', 'subsidy-officer', 'admin'] },
      { to: '/loket/scholen', label: 'Scholen' },
      { to: '/loket/rondes', label: 'Subsidierondes', roles: ['helpdesk', 'subsidy-officer', 'admin'] },
    ],
    Component: lazy(() =>
      import('../areas/enrolment/enrolment-area').then(({ EnrolmentArea }) => ({ default: EnrolmentArea })),
    ),
  },
  {
    path: 'dashboard',
    title: 'KPI-dashboard',
    roles: ['monitoring', 'admin'],
    links: [
      { to: '/dashboard', label: "KPI's" },
      { to: '/dashboard/trechter', label: 'Trechter' },
      { to: '/dashboard/gelijke-kansen', label: 'Gelijke kansen' },
      { to: '/dashboard/kwartaalrapportage', label: 'Kwartaalrapportage' },
    ],
    Component: lazy(() =>
      import('../areas/monitoring/monitoring-area').then(({ MonitoringArea }) => ({
        default: MonitoringArea,
      })),
    ),
  },
];
