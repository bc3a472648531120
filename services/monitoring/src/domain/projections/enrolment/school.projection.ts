import {
  SchoolProfileUpdatedV1,
  SchoolRegisteredV1,
  type SchoolRegisteredV1Data,
  SchoolRegisteredV2,
} from '@okr/contracts';
import { monthOf, normalisedMoment } from '../../calendar';
import type { Sector } from '../../views';
import { earliest, isLater } from '../merge';
import { handlerFor, projection } from '../projection';
import { type EqualAccessSnapshot, snapshotOf } from './equal-access';

export interface SchoolFact {
  brin: string;
  /**
   * Month of the earliest registration: of its business day (`registeredOn`, v2), or for v1, which carries no
   * day, of the moment it was recorded. Absent until one.
   */
  registeredMonth?: string;
  sector?: Sector;
  equalAccess?: EqualAccessSnapshot;
  /** Stamp of the profile held: the latest SchoolRegistered or SchoolProfileUpdated wins. */
  profileStamp?: string;
}

const on = handlerFor<SchoolFact>();
const byBrin = {
  key: (data: { brin: string }) => data.brin,
  initial: ({ data }: { data: { brin: string } }): SchoolFact => ({ brin: data.brin }),
};

/** Schools by BRIN: registered from their first SchoolRegistered, with their latest profile. */
export const schoolProjection = projection('schools', [
  on(SchoolRegisteredV1, {
    ...byBrin,
    evolve: (school, { data, occurredAt, stamp }) => {
      school.registeredMonth = earliest(school.registeredMonth, monthOf(normalisedMoment(occurredAt)));
      takeProfile(school, data, stamp);
    },
  }),
  on(SchoolRegisteredV2, {
    ...byBrin,
    evolve: (school, { data, stamp }) => {
      school.registeredMonth = earliest(school.registeredMonth, monthOf(data.registeredOn));
      takeProfile(school, data, stamp);
    },
  }),
  // v1 carries the whole profile after the change, so it replaces the snapshot like a registration does. It
  // does not make a school registered: only SchoolRegistered does, so the registered population stays exact.
  on(SchoolProfileUpdatedV1, {
    ...byBrin,
    evolve: (school, { data, stamp }) => takeProfile(school, data, stamp),
  }),
]);

function takeProfile(school: SchoolFact, data: SchoolRegisteredV1Data, stamp: string): void {
  if (!isLater(stamp, school.profileStamp)) return;
  school.sector = data.sector;
  school.equalAccess = snapshotOf(data.equalAccess);
  school.profileStamp = stamp;
}
