import type { EnrolledSchoolsRule } from '../../kpi/kpi-definitions';
import { isEnrolled } from '../projections/enrolment/participation.projection';
import { DISTINCT } from './measure';
import { isIn, participationFacts } from './participation-facts';
import type { RuleKindDefinition } from './rule-kind';

/** Distinct schools with an enrolment in the pillar's (or the listed) activities, gross and net of withdrawals. */
export const ENROLLED_SCHOOLS: RuleKindDefinition<EnrolledSchoolsRule> = {
  unit: 'count',
  measure: DISTINCT,
  net: true,
  factsOf: (rule, records) =>
    participationFacts(records, (_key, participation) => {
      const inScope =
        rule.pillar !== undefined
          ? participation.pillar === rule.pillar
          : isIn(participation.activity, rule.activities);
      if (!inScope || !isEnrolled(participation)) return undefined;
      return { from: participation.enrolledAt, withdrawn: participation.withdrawnOn !== undefined };
    }),
};
