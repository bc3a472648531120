import type { KpiDefinition } from '../kpi/kpi-definitions';
import { monthsFromTo } from './calendar';
import { EQUAL_ACCESS_FLAGS, figuresOf, noValues, percentOf, type Values } from './figures';
import { factsOf, type KpiFact, type Measure, type StateIndex } from './kpi-facts';
import type { MonitoringState } from './monitoring-state';
import type { EqualAccessFlag, KpiDetail, SeriesPoint } from './views';

/** Tells whether an event type is in the platform's catalogue. */
export type KnowsEventType = (type: string) => boolean;

/**
 * One KPI as of the state. `no-source` (null figures, not 0) when the KPI has no rule or names an event the
 * platform does not publish: a zero would claim a measurement that was never made.
 */
export function kpiDetailOf(
  definition: KpiDefinition,
  state: MonitoringState,
  index: StateIndex,
  knowsEventType: KnowsEventType,
): KpiDetail {
  const { rule } = definition;
  if (rule === null || !hasSource(definition, knowsEventType)) return noSourceKpi(definition);
  const { measure, facts } = factsOf(rule, state, index);
  const valuesOf = (subset: readonly KpiFact[]): Values => tally(measure, subset);
  return computedKpi(definition, {
    all: valuesOf(facts),
    ...(rule.kind === 'enrolled-schools' ? { net: valuesOf(facts.filter((fact) => !fact.withdrawn)) } : {}),
    bySchoolYear: bySchoolYear(facts, valuesOf),
    byEqualAccess: byEqualAccess(facts, valuesOf),
    series: seriesOf(measure, facts),
  });
}

/** Whether a KPI is computed: it has a rule and every event it names is one the platform publishes. */
export function hasSource(definition: KpiDefinition, knowsEventType: KnowsEventType): boolean {
  return definition.rule !== null && definition.events.every(knowsEventType);
}

/** What a computed KPI's view is made of; `net` only for counts of enrolled schools. */
export interface KpiValues {
  all: Values;
  net?: Values;
  bySchoolYear: Record<string, Values>;
  byEqualAccess: Record<EqualAccessFlag, Values>;
  series: SeriesPoint[];
}

/** A computed KPI's view from its values, with progress against the definition's targets. */
export function computedKpi(definition: KpiDefinition, values: KpiValues): KpiDetail {
  return {
    ...summaryFields(definition, 'computed'),
    figures: figuresOf(values.all, definition.target),
    ...(values.net === undefined ? {} : { net: figuresOf(values.net, definition.target) }),
    bySchoolYear: values.bySchoolYear,
    byEqualAccess: values.byEqualAccess,
    series: values.series,
  };
}

/** A KPI that nothing measures yet: null figures, no breakdowns. */
export function noSourceKpi(definition: KpiDefinition): KpiDetail {
  const unknown = noValues();
  return {
    ...summaryFields(definition, 'no-source'),
    figures: figuresOf(unknown, null),
    bySchoolYear: {},
    byEqualAccess: byFlag(() => unknown),
    series: [],
  };
}

function summaryFields(
  definition: KpiDefinition,
  status: KpiDetail['status'],
): Omit<KpiDetail, 'figures' | 'net' | 'bySchoolYear' | 'byEqualAccess' | 'series'> {
  return {
    id: definition.id,
    pillar: definition.pillar,
    name: { ...definition.name },
    kind: definition.kind,
    unit: definition.unit,
    status,
    // Copied, so a consumer changing a view cannot change the loaded definitions.
    target: structuredClone(definition.target),
    definition: { ...definition.definition },
    events: [...definition.events],
  };
}

function bySchoolYear(
  facts: readonly KpiFact[],
  valuesOf: (facts: readonly KpiFact[]) => Values,
): Record<string, Values> {
  const years = [...new Set(facts.map((fact) => fact.schoolYear))].sort();
  return Object.fromEntries(
    years.map((year) => [year, valuesOf(facts.filter((fact) => fact.schoolYear === year))]),
  );
}

// Per flag: the KPI among the schools that meet the criterion; facts with unknown flags are in no group.
function byEqualAccess(
  facts: readonly KpiFact[],
  valuesOf: (facts: readonly KpiFact[]) => Values,
): Record<EqualAccessFlag, Values> {
  return byFlag((flag) => valuesOf(facts.filter((fact) => fact.flags?.[flag] === true)));
}

/** One value per equal-access criterion, in the views' order. */
export function byFlag(valuesFor: (flag: EqualAccessFlag) => Values): Record<EqualAccessFlag, Values> {
  const entries = EQUAL_ACCESS_FLAGS.map((flag) => [flag, valuesFor(flag)] as const);
  return Object.fromEntries(entries) as Record<EqualAccessFlag, Values>;
}

/** Cumulative values at the end of every month from the first fact's month to the last one's, without gaps. */
function seriesOf(measure: Measure, facts: readonly KpiFact[]): SeriesPoint[] {
  if (facts.length === 0) return [];
  const factsByMonth = new Map<string, KpiFact[]>();
  for (const fact of facts) {
    const group = factsByMonth.get(fact.month);
    if (group === undefined) factsByMonth.set(fact.month, [fact]);
    else group.push(fact);
  }
  const months = [...factsByMonth.keys()].sort();
  const running = tallier(measure);
  return monthsFromTo(months[0] ?? '', months[months.length - 1] ?? '').map((month) => {
    factsByMonth.get(month)?.forEach((fact) => running.add(fact));
    return { month, ...running.read() };
  });
}

/** The measure over a set of facts, in total and per sector. */
export function tally(measure: Measure, facts: readonly KpiFact[]): Values {
  const running = tallier(measure);
  facts.forEach((fact) => running.add(fact));
  return running.read();
}

interface Tallier {
  add(fact: KpiFact): void;
  read(): Values;
}

function tallier(measure: Measure): Tallier {
  return measure === 'distinct' ? distinctTallier() : shareTallier();
}

// Distinct subjects: a school enrolled twice, or in two activities, counts once.
function distinctTallier(): Tallier {
  const total = new Set<string>();
  const bySector = { PO: new Set<string>(), VO: new Set<string>() };
  return {
    add: (fact) => {
      total.add(fact.subject);
      if (fact.sector !== null) bySector[fact.sector].add(fact.subject);
    },
    read: () => ({ total: total.size, bySector: { PO: bySector.PO.size, VO: bySector.VO.size } }),
  };
}

// A share of nothing is no value (null), not 0%.
function shareTallier(): Tallier {
  const total = { known: 0, yes: 0 };
  const bySector = { PO: { known: 0, yes: 0 }, VO: { known: 0, yes: 0 } };
  const count = (counts: { known: number; yes: number }, yes: boolean): void => {
    counts.known += 1;
    if (yes) counts.yes += 1;
  };
  return {
    add: (fact) => {
      count(total, fact.yes);
      if (fact.sector !== null) count(bySector[fact.sector], fact.yes);
    },
    read: () => ({
      total: percentOf(total.yes, total.known),
      bySector: {
        PO: percentOf(bySector.PO.yes, bySector.PO.known),
        VO: percentOf(bySector.VO.yes, bySector.VO.known),
      },
    }),
  };
}
