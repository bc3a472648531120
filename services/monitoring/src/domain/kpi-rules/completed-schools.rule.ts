import type { CompletedSchoolsRule } from '../../kpi/kpi-definitions';
import { DISTINCT } from './measure';
import { isIn, participationFacts } from './participation-facts';
import type { RuleKindDefinition } from './rule-kind';

/** Distinct schools with a completed participation in one of the activities, from the month it completed. */
export const COMPLETED_SCHOOLS: RuleKindDefinition<CompletedSchoolsRule> = {
  unit: 'count',
  measure: DISTINCT,
  net: false,
  factsOf: (rule, records) =>
    participationFacts(records, (_key, participation) =>
      isIn(participation.activity, rule.activities) && participation.completedOn !== undefined
        ? { from: participation.completedOn }
        : undefined,
    ),
};
