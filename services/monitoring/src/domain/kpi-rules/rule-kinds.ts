import type { KpiRule } from '../../kpi/kpi-definitions';
import { COMPLETED_SCHOOLS } from './completed-schools.rule';
import { EFFECTIVE_INTERVENTIONS } from './effective-interventions.rule';
import { ENROLLED_SCHOOLS } from './enrolled-schools.rule';
import { EXPERT_SCHOOL_FACTS, SHARE_OF_TRAININGS } from './expert-school-facts.rule';
import type { KpiFact } from './kpi-fact';
import { LAB_DELIVERABLES } from './lab-deliverables.rule';
import { LAB_SCHOOLS } from './lab-schools.rule';
import { LABS_STARTED } from './labs-started.rule';
import {
  ANSWERED_QUESTIONS,
  AVERAGE_RATING,
  GATHERINGS_HELD,
  PRODUCTS_WITH_PRACTITIONERS,
  PUBLISHED_PRODUCTS,
  SCHOOLS_USING_INTERVENTIONS,
  SCHOOLS_USING_PRODUCTS,
} from './knowledge.rules';
import type { Measure } from './measure';
import type { RuleKindDefinition } from './rule-kind';
import type { RuleRecords } from './rule-records';
import { SHARE_OF_PARTICIPATIONS } from './share-of-participations.rule';
import { TEACHER_TRAINING_INSTITUTES } from './teacher-training-institutes.rule';
import { TRAINED_COACHES } from './trained-coaches.rule';

type RuleOfKind = { [R in KpiRule as R['kind']]: R };

/** Every rule kind the KPI definitions can name, each defined once (a new kind: a file and a line here). */
export const RULE_KIND_DEFINITIONS: { readonly [K in keyof RuleOfKind]: RuleKindDefinition<RuleOfKind[K]> } =
  {
    'enrolled-schools': ENROLLED_SCHOOLS,
    'trained-coaches': TRAINED_COACHES,
    'completed-schools': COMPLETED_SCHOOLS,
    'share-of-participations': SHARE_OF_PARTICIPATIONS,
    'labs-started': LABS_STARTED,
    'lab-deliverables': LAB_DELIVERABLES,
    'teacher-training-institutes': TEACHER_TRAINING_INSTITUTES,
    'effective-interventions': EFFECTIVE_INTERVENTIONS,
    'lab-schools': LAB_SCHOOLS,
    'expert-school-facts': EXPERT_SCHOOL_FACTS,
    'share-of-trainings': SHARE_OF_TRAININGS,
    'published-products': PUBLISHED_PRODUCTS,
    'answered-questions': ANSWERED_QUESTIONS,
    'gatherings-held': GATHERINGS_HELD,
    'schools-using-products': SCHOOLS_USING_PRODUCTS,
    'average-rating': AVERAGE_RATING,
    'products-with-practitioners': PRODUCTS_WITH_PRACTITIONERS,
    'schools-using-interventions': SCHOOLS_USING_INTERVENTIONS,
  };

/** A KPI's rule bound to the definition of its kind: the facts records yield for it, and their measure. */
export interface CompiledRule {
  measure: Measure;
  net: boolean;
  factsOf(records: RuleRecords): KpiFact[];
}

/** Binds a rule to the definition of its kind. */
export function compileRule(rule: KpiRule): CompiledRule {
  return compile(rule.kind, rule);
}

function compile<K extends keyof RuleOfKind>(kind: K, rule: RuleOfKind[K]): CompiledRule {
  const definition: RuleKindDefinition<RuleOfKind[K]> = RULE_KIND_DEFINITIONS[kind];
  return {
    measure: definition.measure,
    net: definition.net,
    factsOf: (records) => definition.factsOf(rule, records),
  };
}
