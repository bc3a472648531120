import { isRegion, type EqualAccessFlags, type Region, type Sector } from '@okr/contracts';

/**
 * What this service keeps of a school the help desk registered (SchoolRegistered, SchoolProfileUpdated): the
 * facts cohorts are spread over and matching weighs. The help desk owns them; this is a copy.
 */
export interface SchoolState {
  readonly brin: string;
  readonly sector: Sector;
  /** The province, when the help desk's spelling is one of the regions. */
  readonly region?: Region;
  readonly boardNumber: string;
  readonly specialisedEducation: boolean;
  readonly equalAccess: Readonly<EqualAccessFlags>;
  readonly schoolWeight?: number;
}

/** The profile facts of a registration or profile update, as the help desk's events carry them. */
export interface SchoolProfileFacts {
  readonly brin: string;
  readonly sector: Sector;
  readonly province: string;
  readonly boardNumber: string;
  readonly specialisedEducation: boolean;
  readonly equalAccess: EqualAccessFlags;
  readonly schoolWeight?: number;
}

/** Keeps the latest profile the help desk published; the events of one school arrive in order. */
export function copySchoolProfile(
  _current: SchoolState | undefined,
  profile: SchoolProfileFacts,
): { state: SchoolState; events: [] } {
  const { brin, sector, province, boardNumber, specialisedEducation, equalAccess, schoolWeight } = profile;
  return {
    state: {
      brin,
      sector,
      ...(isRegion(province) ? { region: province } : {}),
      boardNumber,
      specialisedEducation,
      equalAccess: { ...equalAccess },
      ...(schoolWeight !== undefined ? { schoolWeight } : {}),
    },
    events: [],
  };
}
