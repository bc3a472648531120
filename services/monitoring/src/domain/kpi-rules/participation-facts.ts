import type { Activity } from '@okr/contracts';
import { dayOf, monthOf } from '../calendar';
import type { ParticipationFact } from '../projections/enrolment/participation.projection';
import type { KpiFact } from './kpi-fact';
import type { RuleRecords } from './rule-records';

/**
 * The facts of the participations `counts` picks, one each: counted from the day it gives, with the flags
 * of the participation's enrolment snapshot, else those of the registered school.
 */
export function participationFacts(
  records: RuleRecords,
  counts: (
    key: string,
    participation: ParticipationFact,
  ) => (Partial<KpiFact> & { from: string }) | undefined,
): KpiFact[] {
  const facts: KpiFact[] = [];
  for (const [key, participation] of records.participations) {
    const counted = counts(key, participation);
    if (counted === undefined) continue;
    const { from, ...overrides } = counted;
    facts.push({
      subject: participation.brin,
      sector: participation.sector ?? null,
      schoolYear: participation.schoolYear,
      month: monthOf(from),
      day: dayOf(from),
      flags: participation.equalAccess ?? records.schoolOf(participation.brin)?.equalAccess ?? null,
      withdrawn: false,
      yes: false,
      ...overrides,
    });
  }
  return facts;
}

/** Whether a participation is in one of the activities a rule lists. */
export function isIn(activity: Activity, activities: readonly Activity[] | undefined): boolean {
  return activities?.includes(activity) ?? false;
}
