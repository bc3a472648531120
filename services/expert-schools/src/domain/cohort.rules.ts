import { pillarOf, type EqualAccessFlags } from '@okr/contracts';
import type { AspirantState } from './aspirant.entity';

/** How many aspirants of a cohort have each value of one property. */
export type Tally = Readonly<Record<string, number>>;

/** The spread of a cohort that 001 §3.5 asks to be diverse: sector, school type, region, approach; plus equal access. */
export interface CohortSpread {
  readonly aspirants: number;
  readonly byStatus: Tally;
  readonly bySector: Tally;
  readonly bySchoolType: Tally;
  readonly byRegion: Tally;
  /** By pillar of effective teaching (P1-P7) of the approaches; an approach on two pillars counts in both. */
  readonly byPillar: Tally;
  readonly byApproachOrigin: Tally;
  /** Aspirants meeting each equal-access criterion at enrolment. */
  readonly byEqualAccess: Tally;
  /** By school board: ONA spread its schools over the boards (000 L700-750). */
  readonly byBoard: Tally;
  /** The highest school weight (schoolgewicht) in the cohort, as the help desk registered it: ONA wanted at
   * least one school with a high one; null when none is known. */
  readonly highestSchoolWeight: number | null;
}

/** What the help desk registered of an aspirant's school, as far as this service has it. */
export interface RegisteredFacts {
  readonly region?: string;
  readonly boardNumber?: string;
  readonly schoolWeight?: number;
}

/** Aspirants not yet selected have no school type, region or approach: they count as 'unknown' there. */
export const UNKNOWN = 'unknown';

/**
 * The spread of the aspirants of one cohort. Withdrawn aspirants are left out: the cohort is who is in it.
 * The region is the one recorded at selection, else the help desk's, else unknown.
 */
export function cohortSpread(
  aspirants: readonly AspirantState[],
  registered: (brin: string) => RegisteredFacts | undefined,
): CohortSpread {
  const inCohort = aspirants.filter(({ status }) => status !== 'withdrawn');
  const byStatus: Record<string, number> = {};
  const bySector: Record<string, number> = {};
  const bySchoolType: Record<string, number> = {};
  const byRegion: Record<string, number> = {};
  const byPillar: Record<string, number> = {};
  const byApproachOrigin: Record<string, number> = {};
  const byBoard: Record<string, number> = {};
  let highestSchoolWeight: number | null = null;
  const byEqualAccess: Record<keyof EqualAccessFlags, number> = {
    weakPerforming: 0,
    specialTargetGroups: 0,
    specialisedEducation: 0,
    smallRegional: 0,
  };
  for (const aspirant of inCohort) {
    const { selection } = aspirant;
    add(byStatus, aspirant.status);
    add(bySector, aspirant.sector);
    add(bySchoolType, selection?.schoolType ?? UNKNOWN);
    const school = registered(aspirant.brin);
    add(byRegion, selection?.region ?? school?.region ?? UNKNOWN);
    add(byBoard, school?.boardNumber ?? UNKNOWN);
    if (school?.schoolWeight !== undefined) {
      highestSchoolWeight = Math.max(highestSchoolWeight ?? school.schoolWeight, school.schoolWeight);
    }
    add(byApproachOrigin, selection?.approach.origin ?? UNKNOWN);
    const pillars = new Set(selection?.approach.pillarCodes.map(pillarOf) ?? [UNKNOWN]);
    for (const pillar of pillars) add(byPillar, pillar);
    for (const flag of Object.keys(byEqualAccess) as (keyof EqualAccessFlags)[]) {
      if (aspirant.equalAccess[flag]) byEqualAccess[flag] += 1;
    }
  }
  return {
    aspirants: inCohort.length,
    byStatus,
    bySector,
    bySchoolType,
    byRegion,
    byPillar,
    byApproachOrigin,
    byEqualAccess,
    byBoard,
    highestSchoolWeight,
  };
}

function add(tally: Record<string, number>, value: string): void {
  tally[value] = (tally[value] ?? 0) + 1;
}
