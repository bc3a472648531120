import type { KpiDefinition, KpiDefinitions } from '../kpi/kpi-definitions';
import { monthsFromTo } from './calendar';
import { EQUAL_ACCESS_FLAGS, figuresOf, noValues, SECTOR_ORDER, type Values } from './figures';
import type { KpiFact } from './kpi-rules/kpi-fact';
import { type CompiledRule, compileRule } from './kpi-rules/rule-kinds';
import { distinctToken, type Token, type ViewAggregates } from './view-aggregates';
import type { EqualAccessFlag, KpiDetail, SeriesPoint } from './views';

// A KPI's view from counters: its facts (from its rule kind) are counted as tokens under the KPI's keys, in
// total and per sector, per school year and per equal-access flag, and by month for the series; the view
// reads them back through the rule kind's measure. The reference computation counts every fact of the state
// at once, the live views one school's facts at a time; both through kpiTokens and kpiViewOf.

/** Tells whether an event type is in the platform's catalogue. */
export type KnowsEventType = (type: string) => boolean;

/** A KPI that events feed, with its rule bound to its kind. */
export interface ComputedKpi {
  definition: KpiDefinition;
  rule: CompiledRule;
}

/** The KPIs of the definitions that are computed (see hasSource), in their order. */
export function computedKpisOf(definitions: KpiDefinitions, knowsEventType: KnowsEventType): ComputedKpi[] {
  return definitions.kpis.flatMap((definition) =>
    definition.rule !== null && hasSource(definition, knowsEventType)
      ? [{ definition, rule: compileRule(definition.rule) }]
      : [],
  );
}

/** Whether a KPI is computed: it has a rule and every event it names is one the platform publishes. */
export function hasSource(definition: KpiDefinition, knowsEventType: KnowsEventType): boolean {
  return definition.rule !== null && definition.events.every(knowsEventType);
}

type Part = 'T' | (typeof SECTOR_ORDER)[number];

/**
 * A KPI fact as tokens: under all, net (not withdrawn, for rules with net figures), its school year and each
 * flag it has, each in total and for its sector; its month in the series; and the lists of its years and months.
 */
export function kpiTokens({ definition, rule }: ComputedKpi, fact: KpiFact, tokens: Token[]): void {
  const { id } = definition;
  const { measure } = rule;
  const counted = (prefix: string): void => {
    tokens.push(measure.token(`${prefix}|T`, fact));
    if (fact.sector !== null) tokens.push(measure.token(`${prefix}|${fact.sector}`, fact));
  };
  counted(`${id}|all`);
  if (rule.net && !fact.withdrawn) counted(`${id}|net`);
  counted(`${id}|y|${fact.schoolYear}`);
  tokens.push(distinctToken(`${id}|years`, fact.schoolYear));
  for (const flag of EQUAL_ACCESS_FLAGS) if (fact.flags?.[flag] === true) counted(`${id}|f|${flag}`);
  tokens.push(distinctToken(`${id}|months`, fact.month));
  tokens.push(measure.seriesToken(`${id}|series|T`, fact));
  if (fact.sector !== null) tokens.push(measure.seriesToken(`${id}|series|${fact.sector}`, fact));
}

/**
 * Whether a fact counts as of `today`: one dated after it counts from its day on (undefined: no day limits
 * what counts).
 */
export function isDue(fact: KpiFact, today: string | undefined): boolean {
  return today === undefined || fact.day <= today;
}

/** A computed KPI's view from the counters its facts' tokens were added to. */
export function kpiViewOf({ definition, rule }: ComputedKpi, aggregates: ViewAggregates): KpiDetail {
  const { id } = definition;
  const { measure } = rule;
  const valuesOf = (prefix: string): Values => ({
    total: measure.value(aggregates, `${prefix}|T`),
    bySector: {
      PO: measure.value(aggregates, `${prefix}|PO`),
      VO: measure.value(aggregates, `${prefix}|VO`),
    },
  });
  const years = aggregates.items(`${id}|years`).sort();
  return computedKpi(definition, {
    all: valuesOf(`${id}|all`),
    ...(rule.net ? { net: valuesOf(`${id}|net`) } : {}),
    bySchoolYear: Object.fromEntries(years.map((year) => [year, valuesOf(`${id}|y|${year}`)])),
    byEqualAccess: byFlag((flag) => valuesOf(`${id}|f|${flag}`)),
    series: seriesOf({ definition, rule }, aggregates),
  });
}

// Cumulative values at the end of every month from the first fact's month to the last one's, without gaps.
function seriesOf({ definition, rule }: ComputedKpi, aggregates: ViewAggregates): SeriesPoint[] {
  const { id } = definition;
  const months = aggregates.items(`${id}|months`).sort();
  if (months.length === 0) return [];
  const every = monthsFromTo(months[0] ?? '', months[months.length - 1] ?? '');
  const parts: Part[] = ['T', ...SECTOR_ORDER];
  const [total, PO, VO] = parts.map((part) =>
    rule.measure.cumulative(aggregates, `${id}|series|${part}`, every),
  );
  return every.map((month, index) => ({
    month,
    total: total?.[index] ?? null,
    bySector: { PO: PO?.[index] ?? null, VO: VO?.[index] ?? null },
  }));
}

/** What a computed KPI's view is made of; `net` only for rules with net figures. */
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

/**
 * A KPI that nothing measures yet: null figures (not 0), no breakdowns. That is a KPI without a rule or one
 * naming an event the platform does not publish: a zero would claim a measurement that was never made.
 */
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

/** One value per equal-access criterion, in the views' order. */
export function byFlag(valuesFor: (flag: EqualAccessFlag) => Values): Record<EqualAccessFlag, Values> {
  const entries = EQUAL_ACCESS_FLAGS.map((flag) => [flag, valuesFor(flag)] as const);
  return Object.fromEntries(entries) as Record<EqualAccessFlag, Values>;
}
