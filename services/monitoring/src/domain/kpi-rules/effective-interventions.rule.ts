import type { EffectiveInterventionsRule } from '../../kpi/kpi-definitions';
import { isEffective } from '../projections/labs/pilot.projection';
import { labFact } from './lab-facts';
import { DISTINCT } from './measure';
import type { RuleKindDefinition } from './rule-kind';

/**
 * Distinct lab interventions shown effective, with a measured positive effect on pupil results, by a completed
 * pilot (PilotCompleted); an intervention two pilots showed effective counts once, from its first.
 */
export const EFFECTIVE_INTERVENTIONS: RuleKindDefinition<EffectiveInterventionsRule> = {
  unit: 'count',
  measure: DISTINCT,
  net: false,
  factsOf: (_rule, { labs }) =>
    labs.pilots.filter(isEffective).map((pilot) => labFact(pilot.interventionId, pilot.completedOn)),
};
