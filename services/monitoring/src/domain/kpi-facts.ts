import type { Activity } from '@okr/contracts';
import type {
  CompletedSchoolsRule,
  EnrolledSchoolsRule,
  KpiRule,
  ShareOfParticipationsRule,
} from '../kpi/kpi-definitions';
import { monthOf, schoolYearOf } from './calendar';
import type { MonitoringState } from './monitoring-state';
import type { CoachFact } from './projections/enrolment/coach.projection';
import type { EqualAccessSnapshot } from './projections/enrolment/equal-access';
import type { ParticipationFact } from './projections/enrolment/participation.projection';
import type { SchoolFact } from './projections/enrolment/school.projection';
import type { Sector } from './views';

// A KPI rule turns the state into facts: one per thing that counts, with what the breakdowns need. The KPI
// figures, breakdowns and series are then the same tally over different subsets of the facts.

/** `distinct`: the number of distinct subjects; `share`: the percentage of facts that are a yes. */
export type Measure = 'distinct' | 'share';

export interface KpiFact {
  /** What counts once: a BRIN, a coachId, or a participation key for shares. */
  subject: string;
  sector: Sector | null;
  schoolYear: string;
  /** YYYY-MM from which the fact counts in the series. */
  month: string;
  /** The equal-access flags to break down by; null when unknown. */
  flags: EqualAccessSnapshot | null;
  /** For enrolments: the school withdrew from this participation (net figures leave it out). */
  withdrawn: boolean;
  /** For shares: whether the field is true. */
  yes: boolean;
}

export interface RuleFacts {
  measure: Measure;
  facts: KpiFact[];
}

/** Lookups the rules share, built once per computeViews. */
export interface StateIndex {
  /** Flags of each BRIN's latest enrolment snapshot. */
  latestEnrolmentFlags: Map<string, EqualAccessSnapshot>;
  /** Flags of the latest enrolment snapshot per `${brin}|${activity}`. */
  latestActivityFlags: Map<string, EqualAccessSnapshot>;
}

/** Indexes the state for the rules. */
export function indexState(state: MonitoringState): StateIndex {
  return indexParticipations(Object.values(state.participations));
}

/** The index of a set of participations (all of them, or those of one BRIN). */
export function indexParticipations(participations: Iterable<ParticipationFact>): StateIndex {
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

/** The facts a rule counts, and how to count them. */
export function factsOf(rule: KpiRule, state: MonitoringState, index: StateIndex): RuleFacts {
  if (rule.kind === 'trained-coaches') {
    const facts = Object.values(state.coaches).map((coach) =>
      coachFact(coach, coachFlags(coach, index, state.schools[coach.brin])),
    );
    return { measure: 'distinct', facts };
  }
  const facts = Object.entries(state.participations).flatMap(([key, participation]) =>
    participationFacts(rule, key, participation, state.schools[participation.brin]),
  );
  return { measure: measureOf(rule), facts };
}

/** How a rule counts its facts. */
export function measureOf(rule: KpiRule): Measure {
  return rule.kind === 'share-of-participations' ? 'share' : 'distinct';
}

/** A participant: a participation with an enrolment. A withdrawal or completion alone makes none. */
export function isEnrolled(
  participation: ParticipationFact,
): participation is ParticipationFact & { enrolledAt: string } {
  return participation.enrolledAt !== undefined;
}

/**
 * What one participation (under `key`) adds to a rule that counts participations: nothing, or one fact. Its
 * flags are the enrolment's snapshot, else those of the registered school.
 */
export function participationFacts(
  rule: Exclude<KpiRule, { kind: 'trained-coaches' }>,
  key: string,
  participation: ParticipationFact,
  school: SchoolFact | undefined,
): KpiFact[] {
  if (!inScope(rule, participation)) return [];
  const fact = (subject: string, countsFrom: string): KpiFact => ({
    subject,
    sector: participation.sector ?? null,
    schoolYear: participation.schoolYear,
    month: monthOf(countsFrom),
    flags: participation.equalAccess ?? school?.equalAccess ?? null,
    withdrawn: false,
    yes: false,
  });
  switch (rule.kind) {
    case 'enrolled-schools':
      return isEnrolled(participation)
        ? [
            {
              ...fact(participation.brin, participation.enrolledAt),
              withdrawn: participation.withdrawnOn !== undefined,
            },
          ]
        : [];
    case 'completed-schools':
      return participation.completedOn === undefined
        ? []
        : [fact(participation.brin, participation.completedOn)];
    case 'share-of-participations': {
      // A share counts a participation once its field is known, from the month of the judgement behind it.
      const known = judgementOf(participation, rule.field);
      return known === undefined ? [] : [{ ...fact(key, known.on), yes: known.value }];
    }
  }
}

function inScope(
  rule: EnrolledSchoolsRule | CompletedSchoolsRule | ShareOfParticipationsRule,
  participation: ParticipationFact,
): boolean {
  return rule.kind === 'enrolled-schools' && rule.pillar !== undefined
    ? participation.pillar === rule.pillar
    : isIn(participation.activity, rule.activities);
}

/**
 * A coach counts in the school year and month of the training; the flags are those of the school's enrolment
 * in the trajectory, else its latest enrolment, else its registered profile.
 */
export function coachFact(coach: CoachFact, flags: EqualAccessSnapshot | null): KpiFact {
  return {
    subject: coach.coachId,
    sector: coach.sector,
    schoolYear: schoolYearOf(coach.trainedOn),
    month: monthOf(coach.trainedOn),
    flags,
    withdrawn: false,
    yes: false,
  };
}

/** The flags a coach's fact carries, from an index holding (at least) the participations of the coach's BRIN. */
export function coachFlags(
  coach: CoachFact,
  index: StateIndex,
  school: SchoolFact | undefined,
): EqualAccessSnapshot | null {
  return (
    index.latestActivityFlags.get(`${coach.brin}|${coach.activity}`) ??
    index.latestEnrolmentFlags.get(coach.brin) ??
    school?.equalAccess ??
    null
  );
}

function judgementOf(
  participation: ParticipationFact,
  field: ShareOfParticipationsRule['field'],
): { value: boolean; on: string } | undefined {
  const value = participation[field];
  const on = field === 'sustainableCulture' ? participation.assessedOn : participation.completedOn;
  return value === undefined || on === undefined ? undefined : { value, on };
}

function isIn(activity: Activity, activities: readonly Activity[] | undefined): boolean {
  return activities?.includes(activity) ?? false;
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
