import { type LabSchoolRole, LabSchoolJoinedV1, LabSchoolLeftV1 } from '@okr/contracts';
import type { Sector } from '../../views';
import { earliest, isLater } from '../merge';
import { handlerFor, projection } from '../projection';

/**
 * One school on one lab's roster for one school year, keyed `${labId}|${brin}|${schoolYear}`. The labs service
 * publishes every roster change, whether the help desk's enrolment or the lab team made it, so this is the one
 * record of a participating lab school.
 */
export interface LabSchoolFact {
  labId: string;
  brin: string;
  schoolYear: string;
  sector: Sector;
  role?: LabSchoolRole;
  /** Stamp of the latest join, which gives the role and sector. */
  joinStamp?: string;
  /** The earliest and the latest day it joined; absent: only a leaving seen (yet). */
  joinedOn?: string;
  lastJoinedOn?: string;
  /** The latest day it left. */
  lastLeftOn?: string;
}

/** The key of a school on a lab's roster in a school year. */
export function labSchoolKey(labId: string, brin: string, schoolYear: string): string {
  return `${labId}|${brin}|${schoolYear}`;
}

/** Whether the school is off the roster: it left on or after the last day it joined. */
export function hasLeft(school: LabSchoolFact): boolean {
  return (
    school.lastLeftOn !== undefined &&
    (school.lastJoinedOn === undefined || school.lastLeftOn >= school.lastJoinedOn)
  );
}

type Membership = Pick<LabSchoolFact, 'labId' | 'brin' | 'schoolYear' | 'sector'>;

const on = handlerFor<LabSchoolFact>();
const byMembership = {
  key: ({ labId, brin, schoolYear }: Membership) => labSchoolKey(labId, brin, schoolYear),
  initial: ({ data }: { data: Membership }): LabSchoolFact => ({
    labId: data.labId,
    brin: data.brin,
    schoolYear: data.schoolYear,
    sector: data.sector,
  }),
};

/** Lab schools: joined from their earliest LabSchoolJoined, left when their latest leaving follows their latest join. */
export const labSchoolProjection = projection('labSchools', [
  on(LabSchoolJoinedV1, {
    ...byMembership,
    evolve: (school, { data, stamp }) => {
      school.joinedOn = earliest(school.joinedOn, data.joinedOn);
      if (school.lastJoinedOn === undefined || data.joinedOn > school.lastJoinedOn)
        school.lastJoinedOn = data.joinedOn;
      if (isLater(stamp, school.joinStamp)) {
        school.role = data.role;
        school.sector = data.sector;
        school.joinStamp = stamp;
      }
    },
  }),
  on(LabSchoolLeftV1, {
    ...byMembership,
    evolve: (school, { data }) => {
      if (school.lastLeftOn === undefined || data.leftOn > school.lastLeftOn) school.lastLeftOn = data.leftOn;
    },
  }),
]);
