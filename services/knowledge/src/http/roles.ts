import type { Role } from '@okr/service-kit';

// Who may do what in the knowledge service: the NRO's team writes; the help desk and administrators read
// everything, drafts and askers included. Published products and search are public (no token).

/** The roles that record and change knowledge: the pillar team. */
export const WRITERS: [Role, ...Role[]] = ['pillar-team:knowledge'];

/** The roles that read everything the service holds. */
export const READERS: [Role, ...Role[]] = ['pillar-team:knowledge', 'helpdesk', 'admin'];

/** The roles that erase an asker on request (right to erasure): the pillar team, and administrators for the programme. */
export const ERASERS: [Role, ...Role[]] = ['pillar-team:knowledge', 'admin'];
