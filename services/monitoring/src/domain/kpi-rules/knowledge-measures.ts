import rawDefinitions from '../../kpi/kpi-definitions.data.json';
import { percentOf, roundOne } from '../figures';
import { distinctToken, seriesToken, sumToken, type ViewAggregates } from '../view-aggregates';
import type { KpiFact } from './kpi-fact';
import { DISTINCT, type Measure } from './measure';

// Measures the knowledge-sharing KPIs need besides counts and shares: an average (ratings) and a share of all
// schools in the country (effective use), whose denominator is the population in the KPI definitions.

/** The average of the facts' values, one decimal; an average of nothing is no value (null), not 0. */
export const AVERAGE: Measure = {
  token: (key, fact) => sumToken(key, '', valueOf(fact)),
  seriesToken: (key, fact) => sumToken(key, fact.month, valueOf(fact)),
  value: (aggregates, key) => averageOf(aggregates.sum(key)),
  cumulative: (aggregates, key, months) => {
    const perMonth = aggregates.sumsOf(key);
    const running = { count: 0, amount: 0 };
    return months.map((month) => {
      const sum = perMonth.get(month);
      running.count += sum?.count ?? 0;
      running.amount += sum?.amount ?? 0;
      return averageOf(running);
    });
  },
};

function valueOf(fact: KpiFact): number {
  if (fact.value === undefined) throw new Error(`an averaged fact of ${fact.subject} has no value`);
  return fact.value;
}

function averageOf({ count, amount }: { count: number; amount: number }): number | null {
  return count === 0 ? null : roundOne(amount / count);
}

// The schools of each sector in the country (validated with the rest of the definitions when they load).
const SCHOOLS = { PO: rawDefinitions.populations.PO.schools, VO: rawDefinitions.populations.VO.schools };

/** The population a counter key is about: its last part is the sector, or T for the total. */
function populationOf(key: string): number {
  const part = key.slice(key.lastIndexOf('|') + 1);
  return part === 'PO' ? SCHOOLS.PO : part === 'VO' ? SCHOOLS.VO : SCHOOLS.PO + SCHOOLS.VO;
}

/** Distinct subjects (schools) as a percentage of all schools of the sector, or of both sectors in total. */
export const DISTINCT_SHARE_OF_SCHOOLS: Measure = {
  token: (key, fact) => distinctToken(key, fact.subject),
  seriesToken: (key, fact) => seriesToken(key, fact.subject, fact.month),
  value: (aggregates, key) => percentOf(aggregates.size(key), populationOf(key)),
  cumulative: (aggregates: ViewAggregates, key: string, months: readonly string[]) =>
    DISTINCT.cumulative(aggregates, key, months).map((count) =>
      count === null ? null : percentOf(count, populationOf(key)),
    ),
};
