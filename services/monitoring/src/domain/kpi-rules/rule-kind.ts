import type { KpiUnit } from '../views';
import type { KpiFact } from './kpi-fact';
import type { Measure } from './measure';
import type { RuleRecords } from './rule-records';

/**
 * One kind of KPI rule, written once: the facts records yield for a rule of this kind, and how they are
 * measured. The reference computation and the live views both read a KPI through it.
 */
export interface RuleKindDefinition<TRule> {
  /** The unit a KPI of this kind is in (checked when the definitions load). */
  readonly unit: KpiUnit;
  readonly measure: Measure;
  /** Whether the KPI also has net figures: its facts without those of withdrawn participations. */
  readonly net: boolean;
  /** The facts the records yield for the rule. */
  factsOf(rule: TRule, records: RuleRecords): KpiFact[];
}
