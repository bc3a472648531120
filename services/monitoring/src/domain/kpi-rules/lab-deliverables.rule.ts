import type { LabDeliverablesRule } from '../../kpi/kpi-definitions';
import { labFact } from './lab-facts';
import { DISTINCT } from './measure';
import type { RuleKindDefinition } from './rule-kind';

/**
 * Distinct deliverables of the labs of the listed kinds (diagnoses, designed interventions, completed studies,
 * thematic reports), each in the school year and month of the day it was delivered.
 */
export const LAB_DELIVERABLES: RuleKindDefinition<LabDeliverablesRule> = {
  unit: 'count',
  measure: DISTINCT,
  net: false,
  factsOf: (rule, { labs }) =>
    labs.labDeliverables
      .filter((deliverable) => rule.deliverables.includes(deliverable.kind))
      .map((deliverable) => labFact(`${deliverable.kind}|${deliverable.id}`, deliverable.deliveredOn)),
};
