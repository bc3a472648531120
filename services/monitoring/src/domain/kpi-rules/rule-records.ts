import type { CoachFact } from '../projections/enrolment/coach.projection';
import type { EqualAccessSnapshot } from '../projections/enrolment/equal-access';
import type { ParticipationFact } from '../projections/enrolment/participation.projection';
import type { SchoolFact } from '../projections/enrolment/school.projection';
import type { LabRecords } from '../projections/labs/lab-records';
import type { ExpertSchoolsRecords } from '../projections/expert-schools';
import type { KnowledgeRecords } from './knowledge-records';

/**
 * The records a rule reads its facts from: every record of the state for the reference computation, or the
 * records of one school for the live views. A rule's facts depend only on records of the school they are
 * about, so both give the same facts.
 */
export interface RuleRecords {
  /** Participations with their keys. */
  participations: ReadonlyArray<readonly [string, ParticipationFact]>;
  coaches: readonly CoachFact[];
  schoolOf: (brin: string) => SchoolFact | undefined;
  /** Lookups over (at least) the participations of the schools the records are about. */
  index: ParticipationIndex;
  /** The labs' records: a school's lab memberships, and records that belong to no school (a lab, a pilot). */
  labs: LabRecords;
  /** The expert-schools pillar's records (of the school, or the network, the records are about). */
  expertSchools: ExpertSchoolsRecords;
  /** The knowledge-sharing records: all of them, or those of one school or one record. */
  knowledge: KnowledgeRecords;
}

/** The latest equal-access snapshots of enrolments, per school and per school and activity. */
export interface ParticipationIndex {
  /** Flags of each BRIN's latest enrolment snapshot. */
  latestEnrolmentFlags: Map<string, EqualAccessSnapshot>;
  /** Flags of the latest enrolment snapshot per `${brin}|${activity}`. */
  latestActivityFlags: Map<string, EqualAccessSnapshot>;
}

/** The index of a set of participations (all of them, or those of one BRIN). */
export function indexParticipations(participations: Iterable<ParticipationFact>): ParticipationIndex {
  const byBrin = new Map<string, { stamp: string; flags: EqualAccessSnapshot }>();
  const byActivity = new Map<string, { stamp: string; flags: EqualAccessSnapshot }>();
  for (const participation of participations) {
    const { equalAccess: flags, equalAccessStamp: stamp } = participation;
    if (flags === undefined || stamp === undefined) continue;
    keepLatest(byBrin, participation.brin, { stamp, flags });
    keepLatest(byActivity, `${participation.brin}|${participation.activity}`, { stamp, flags });
  }
  return { latestEnrolmentFlags: flagsOnly(byBrin), latestActivityFlags: flagsOnly(byActivity) };
}

function keepLatest(
  map: Map<string, { stamp: string; flags: EqualAccessSnapshot }>,
  key: string,
  next: { stamp: string; flags: EqualAccessSnapshot },
): void {
  const current = map.get(key);
  if (current === undefined || next.stamp > current.stamp) map.set(key, next);
}

function flagsOnly(map: Map<string, { flags: EqualAccessSnapshot }>): Map<string, EqualAccessSnapshot> {
  return new Map([...map].map(([key, { flags }]) => [key, flags]));
}
