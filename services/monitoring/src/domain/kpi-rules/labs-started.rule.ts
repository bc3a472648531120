import type { LabsStartedRule } from '../../kpi/kpi-definitions';
import { labFact } from './lab-facts';
import { DISTINCT } from './measure';
import type { RuleKindDefinition } from './rule-kind';

/** Distinct labs that started (LabStarted), in the school year and month of their start. */
export const LABS_STARTED: RuleKindDefinition<LabsStartedRule> = {
  unit: 'count',
  measure: DISTINCT,
  net: false,
  factsOf: (_rule, { labs }) =>
    labs.labs.flatMap((lab) => (lab.startedOn === undefined ? [] : [labFact(lab.labId, lab.startedOn)])),
};
