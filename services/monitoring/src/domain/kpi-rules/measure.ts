import { percentOf } from '../figures';
import { distinctToken, seriesToken, sumToken, type Token, type ViewAggregates } from '../view-aggregates';
import type { KpiFact } from './kpi-fact';

/**
 * How a KPI's facts are measured: the counter token a fact adds under a key, and the value read back from
 * the counters. Both the reference computation and the live views count through it, so they measure alike.
 */
export interface Measure {
  /** The token a fact adds to the value under `key`. */
  token(key: string, fact: KpiFact): Token;
  /** The token a fact adds to the monthly series under `key`, from its month on. */
  seriesToken(key: string, fact: KpiFact): Token;
  /** The value of the facts counted under `key`; null where there is nothing to measure. */
  value(aggregates: ViewAggregates, key: string): number | null;
  /** The value at the end of each of `months` (ascending), counting every fact up to then. */
  cumulative(aggregates: ViewAggregates, key: string, months: readonly string[]): Array<number | null>;
}

/** The number of distinct subjects: a school enrolled twice, or in two activities, counts once. */
export const DISTINCT: Measure = {
  token: (key, fact) => distinctToken(key, fact.subject),
  seriesToken: (key, fact) => seriesToken(key, fact.subject, fact.month),
  value: (aggregates, key) => aggregates.size(key),
  cumulative: (aggregates, key, months) => {
    const firsts = aggregates.firstMonths(key);
    let running = 0;
    return months.map((month) => (running += firsts.get(month) ?? 0));
  },
};

/** The percentage of facts that are a yes; a share of nothing is no value (null), not 0%. */
export const SHARE: Measure = {
  token: (key, fact) => sumToken(key, '', fact.yes ? 1 : 0),
  seriesToken: (key, fact) => sumToken(key, fact.month, fact.yes ? 1 : 0),
  value: (aggregates, key) => {
    const { amount, count } = aggregates.sum(key);
    return percentOf(amount, count);
  },
  cumulative: (aggregates, key, months) => {
    const perMonth = aggregates.sumsOf(key);
    const running = { count: 0, amount: 0 };
    return months.map((month) => {
      const sum = perMonth.get(month);
      running.count += sum?.count ?? 0;
      running.amount += sum?.amount ?? 0;
      return percentOf(running.amount, running.count);
    });
  },
};
