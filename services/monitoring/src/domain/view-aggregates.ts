// Counters the live views read from. Each record's contribution is a list of tokens; adding a token and
// later removing the same token leaves every counter as it was, so a changed record is handled by removing
// its old tokens and adding its new ones. Entries that drop to nothing are deleted, so a counter's size is
// exact.

/** `distinct`: item counted once under key; `sum`: amount added under key/item; `series`: item seen in month. */
export type TokenKind = 'distinct' | 'sum' | 'series';

export interface Token {
  kind: TokenKind;
  key: string;
  /** The thing counted: a subject (BRIN, coach, participation), a school year, a month, a number of days. */
  item: string;
  /** For `sum`: what is added (the entry also counts how many tokens added to it). */
  amount: number;
  /** For `series`: the month the item counts from. */
  month: string;
}

export interface Sum {
  /** How many tokens are in the entry. */
  count: number;
  /** The sum of their amounts. */
  amount: number;
}

// Per key: for each item the months it was seen in (with how often), and how many items have each month as
// their first: a cumulative series of distinct items adds up the second.
interface DistinctSeries {
  monthsOfItem: Map<string, Map<string, number>>;
  firstMonths: Map<string, number>;
}

// Keys, months and day counts recur in every unit's tokens: one copy of each text is kept, so the tokens of
// thousands of schools share them instead of holding a copy each. There are a few thousand such texts.
const texts = new Map<string, string>();

function shared(text: string): string {
  const known = texts.get(text);
  if (known !== undefined) return known;
  texts.set(text, text);
  return text;
}

export function distinctToken(key: string, item: string): Token {
  return { kind: 'distinct', key: shared(key), item, amount: 0, month: '' };
}

/** A sum token; its item must come from a small set (a step, a flag, a month, a number of days, a round). */
export function sumToken(key: string, item: string, amount: number): Token {
  return { kind: 'sum', key: shared(key), item: shared(item), amount, month: '' };
}

export function seriesToken(key: string, item: string, month: string): Token {
  return { kind: 'series', key: shared(key), item, amount: 0, month: shared(month) };
}

/** Whether two token lists are the same, in the same order. */
export function sameTokens(a: readonly Token[], b: readonly Token[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) {
    const x = a[i] as Token;
    const y = b[i] as Token;
    if (
      x.kind !== y.kind ||
      x.key !== y.key ||
      x.item !== y.item ||
      x.amount !== y.amount ||
      x.month !== y.month
    )
      return false;
  }
  return true;
}

export class ViewAggregates {
  private readonly distinct = new Map<string, Map<string, number>>();
  private readonly sums = new Map<string, Map<string, Sum>>();
  private readonly series = new Map<string, DistinctSeries>();

  /** Adds (sign 1) or removes (sign -1) tokens. */
  apply(tokens: readonly Token[], sign: 1 | -1): void {
    for (const token of tokens) {
      if (token.kind === 'distinct')
        bump(entryOf(this.distinct, token.key), token.item, sign, this.distinct, token.key);
      else if (token.kind === 'sum') this.addSum(token, sign);
      else this.addSeries(token, sign);
    }
  }

  /** How many distinct items are under key. */
  size(key: string): number {
    return this.distinct.get(key)?.size ?? 0;
  }

  /** The distinct items under key, unordered. */
  items(key: string): string[] {
    return [...(this.distinct.get(key)?.keys() ?? [])];
  }

  /** The sum under key/item; zero counts when nothing was added. */
  sum(key: string, item = ''): Sum {
    return this.sums.get(key)?.get(item) ?? { count: 0, amount: 0 };
  }

  /** Every item with a sum under key, unordered. */
  sumsOf(key: string): ReadonlyMap<string, Sum> {
    return this.sums.get(key) ?? new Map<string, Sum>();
  }

  /** How many items have each month as the first month they were seen in. */
  firstMonths(key: string): ReadonlyMap<string, number> {
    return this.series.get(key)?.firstMonths ?? new Map<string, number>();
  }

  private addSum(token: Token, sign: 1 | -1): void {
    let entries = this.sums.get(token.key);
    if (entries === undefined) {
      entries = new Map();
      this.sums.set(token.key, entries);
    }
    const entry = entries.get(token.item) ?? { count: 0, amount: 0 };
    entry.count += sign;
    entry.amount += sign * token.amount;
    if (entry.count === 0) entries.delete(token.item);
    else entries.set(token.item, entry);
    if (entries.size === 0) this.sums.delete(token.key);
  }

  private addSeries(token: Token, sign: 1 | -1): void {
    let series = this.series.get(token.key);
    if (series === undefined) {
      series = { monthsOfItem: new Map(), firstMonths: new Map() };
      this.series.set(token.key, series);
    }
    const before = series.monthsOfItem.get(token.item);
    const firstBefore = before === undefined ? undefined : firstOf(before);
    const months = before ?? new Map<string, number>();
    if (before === undefined) series.monthsOfItem.set(token.item, months);
    bump(months, token.month, sign);
    if (months.size === 0) series.monthsOfItem.delete(token.item);
    const firstAfter = months.size === 0 ? undefined : firstOf(months);
    if (firstBefore !== firstAfter) {
      if (firstBefore !== undefined) bump(series.firstMonths, firstBefore, -1);
      if (firstAfter !== undefined) bump(series.firstMonths, firstAfter, 1);
    }
    if (series.monthsOfItem.size === 0) this.series.delete(token.key);
  }
}

function entryOf(maps: Map<string, Map<string, number>>, key: string): Map<string, number> {
  let entry = maps.get(key);
  if (entry === undefined) {
    entry = new Map();
    maps.set(key, entry);
  }
  return entry;
}

// Adds sign to counts[item], deleting it at 0 (and the whole entry from `parent` when it empties).
function bump(
  counts: Map<string, number>,
  item: string,
  sign: number,
  parent?: Map<string, Map<string, number>>,
  key?: string,
): void {
  const next = (counts.get(item) ?? 0) + sign;
  if (next === 0) counts.delete(item);
  else counts.set(item, next);
  if (parent !== undefined && key !== undefined && counts.size === 0) parent.delete(key);
}

function firstOf(months: ReadonlyMap<string, number>): string | undefined {
  let first: string | undefined;
  for (const month of months.keys()) if (first === undefined || month < first) first = month;
  return first;
}
