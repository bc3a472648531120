import type { Role } from '@okr/service-kit';

/** Who records what happens in the pillar: the programme office's expert-schools coordinators. */
export const WRITERS = ['pillar-team:expert-schools', 'admin'] as const satisfies readonly Role[];

/** Who may read it: the writers and the help desk, which answers schools' questions about their track. */
export const READERS = [...WRITERS, 'helpdesk'] as const satisfies readonly Role[];
