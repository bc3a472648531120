import type { Activity } from '@okr/contracts';
import type {
  CompletedSchoolsRule,
  EnrolledSchoolsRule,
  KpiRule,
  ShareOfParticipationsRule,
} from '../kpi/kpi-definitions';
import { monthOf, schoolYearOf } from './calendar';
import type { EqualAccessSnapshot, MonitoringState, ParticipationFact } from './monitoring-state';
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
  const byBrin = new Map<string, { stamp: string; flags: EqualAccessSnapshot }>();
  const byActivity = new Map<string, { stamp: string; flags: EqualAccessSnapshot }>();
  for (const participation of Object.values(state.participations)) {
    const { equalAccess: flags, equalAccessStamp: stamp } = participation;
    if (flags === undefined || stamp === undefined) continue;
    keepLatest(byBrin, participation.brin, { stamp, flags });
    keepLatest(byActivity, `${participation.brin}|${participation.activity}`, { stamp, flags });
  }
  return { latestEnrolmentFlags: flagsOnly(byBrin), latestActivityFlags: flagsOnly(byActivity) };
}

/** The facts a rule counts, and how to count them. */
export function factsOf(rule: KpiRule, state: MonitoringState, index: StateIndex): RuleFacts {
  switch (rule.kind) {
    case 'enrolled-schools':
      return { measure: 'distinct', facts: enrolmentFacts(rule, state) };
    case 'trained-coaches':
      return { measure: 'distinct', facts: coachFacts(state, index) };
    case 'completed-schools':
      return { measure: 'distinct', facts: completionFacts(rule, state) };
    case 'share-of-participations':
      return { measure: 'share', facts: shareFacts(rule, state) };
  }
}

/** A participant: a participation with an enrolment. A withdrawal or completion alone makes none. */
export function isEnrolled(
  participation: ParticipationFact,
): participation is ParticipationFact & { enrolledAt: string } {
  return participation.enrolledAt !== undefined;
}

function enrolmentFacts(rule: EnrolledSchoolsRule, state: MonitoringState): KpiFact[] {
  const inScope = (participation: ParticipationFact): boolean =>
    rule.pillar !== undefined
      ? participation.pillar === rule.pillar
      : isIn(participation.activity, rule.activities);
  return Object.values(state.participations)
    .filter(isEnrolled)
    .filter(inScope)
    .map((participation) => ({
      ...participationFact(participation, state, participation.brin, participation.enrolledAt),
      withdrawn: participation.withdrawnOn !== undefined,
    }));
}

// A coach counts in the school year and month of the training; the flags are those of the school's
// enrolment in the trajectory, else its registered profile.
function coachFacts(state: MonitoringState, index: StateIndex): KpiFact[] {
  return Object.values(state.coaches).map((coach) => ({
    subject: coach.coachId,
    sector: coach.sector,
    schoolYear: schoolYearOf(coach.trainedOn),
    month: monthOf(coach.trainedOn),
    flags:
      index.latestActivityFlags.get(`${coach.brin}|${coach.activity}`) ??
      index.latestEnrolmentFlags.get(coach.brin) ??
      state.schools[coach.brin]?.equalAccess ??
      null,
    withdrawn: false,
    yes: false,
  }));
}

function completionFacts(rule: CompletedSchoolsRule, state: MonitoringState): KpiFact[] {
  return Object.values(state.participations).flatMap((participation) =>
    participation.completedOn !== undefined && isIn(participation.activity, rule.activities)
      ? [participationFact(participation, state, participation.brin, participation.completedOn)]
      : [],
  );
}

// A share counts a participation once its field is known, from the month of the judgement behind it.
function shareFacts(rule: ShareOfParticipationsRule, state: MonitoringState): KpiFact[] {
  return Object.entries(state.participations).flatMap(([key, participation]) => {
    if (!isIn(participation.activity, rule.activities)) return [];
    const known = judgementOf(participation, rule.field);
    if (known === undefined) return [];
    return [{ ...participationFact(participation, state, key, known.on), yes: known.value }];
  });
}

function judgementOf(
  participation: ParticipationFact,
  field: ShareOfParticipationsRule['field'],
): { value: boolean; on: string } | undefined {
  const value = participation[field];
  const on = field === 'sustainableCulture' ? participation.assessedOn : participation.completedOn;
  return value === undefined || on === undefined ? undefined : { value, on };
}

// The flags are the enrolment's snapshot, else those of the registered school.
function participationFact(
  participation: ParticipationFact,
  state: MonitoringState,
  subject: string,
  countsFrom: string,
): KpiFact {
  return {
    subject,
    sector: participation.sector ?? null,
    schoolYear: participation.schoolYear,
    month: monthOf(countsFrom),
    flags: participation.equalAccess ?? state.schools[participation.brin]?.equalAccess ?? null,
    withdrawn: false,
    yes: false,
  };
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
