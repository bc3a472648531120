import type { ShareOfParticipationsRule } from '../../kpi/kpi-definitions';
import type { ParticipationFact } from '../projections/enrolment/participation.projection';
import { SHARE } from './measure';
import { isIn, participationFacts } from './participation-facts';
import type { RuleKindDefinition } from './rule-kind';

/**
 * The percentage of participations in the activities whose field is known that have it true. A share counts a
 * participation once its field is known, from the month of the judgement behind it.
 */
export const SHARE_OF_PARTICIPATIONS: RuleKindDefinition<ShareOfParticipationsRule> = {
  unit: 'percent',
  measure: SHARE,
  net: false,
  factsOf: (rule, records) =>
    participationFacts(records, (key, participation) => {
      if (!isIn(participation.activity, rule.activities)) return undefined;
      const known = judgementOf(participation, rule.field);
      return known === undefined ? undefined : { subject: key, from: known.on, yes: known.value };
    }),
};

function judgementOf(
  participation: ParticipationFact,
  field: ShareOfParticipationsRule['field'],
): { value: boolean; on: string } | undefined {
  const value = participation[field];
  const on = field === 'sustainableCulture' ? participation.assessedOn : participation.completedOn;
  return value === undefined || on === undefined ? undefined : { value, on };
}
