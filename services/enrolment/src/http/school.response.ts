import type { Stored } from '@okr/messaging';
import type { SchoolState } from '../domain/school.entity';

/** A school as the API shows it. */
export interface SchoolResponse {
  brin: string;
  version: number;
  changedAt: string;
  /** Absent for schools registered before the day was kept. */
  registeredOn?: string;
  profile: SchoolState['profile'];
}

export function schoolResponse(stored: Stored<SchoolState>): SchoolResponse {
  return {
    brin: stored.state.brin,
    version: stored.version,
    changedAt: stored.changedAt.toISOString(),
    ...(stored.state.registeredOn !== undefined ? { registeredOn: stored.state.registeredOn } : {}),
    profile: stored.state.profile,
  };
}
