import { describe, expect, it } from 'vitest';
import { roundUp } from '../areas/monitoring/charts';
import { goalOf, valueText } from '../areas/monitoring/kpi-figures';
import { centsOf, formatDay, formatMoment } from './format';

describe('amounts typed in euros', () => {
  it('reads Dutch and plain notation as cents', () => {
    expect(centsOf('12.500,50')).toBe(1_250_050);
    expect(centsOf('12500')).toBe(1_250_000);
    expect(centsOf('€ 99,9')).toBe(9_990);
    expect(centsOf('10.000')).toBe(1_000_000);
    expect(centsOf('10.5')).toBe(1_050);
  });

  it('is no amount for words or more than two decimals', () => {
    expect(centsOf('veel')).toBeUndefined();
    expect(centsOf('1,234')).toBeUndefined();
  });
});

describe('a KPI value', () => {
  it('is "nog geen bron" without a source, whatever number came with it', () => {
    expect(valueText({ status: 'no-source', unit: 'count' }, { value: 0, progressPercent: 0 })).toBe(
      'nog geen bron',
    );
  });

  it('shows percentages with a percent sign', () => {
    expect(valueText({ status: 'computed', unit: 'percent' }, { value: 12.5, progressPercent: null })).toBe(
      '12,5%',
    );
  });
});

describe("a chart's axis", () => {
  it('ends at the next round number at or above the highest value', () => {
    expect([1, 3, 7, 12, 250, 501].map(roundUp)).toEqual([1, 5, 10, 20, 500, 1000]);
  });
});

describe("a KPI chart's goal line", () => {
  it('adds the sector targets of a count, and draws none for shares per sector', () => {
    const bySector = { text: '250 PO, 250 VO', bySector: { PO: 250, VO: 250 } };
    expect(goalOf({ unit: 'count', target: bySector })).toBe(500);
    expect(goalOf({ unit: 'percent', target: bySector })).toBeUndefined();
    expect(goalOf({ unit: 'percent', target: { text: '50%', value: 50 } })).toBe(50);
    expect(goalOf({ unit: 'count', target: null })).toBeUndefined();
  });
});

describe('a day or moment', () => {
  it('reads in Dutch, and as "onbekend" when the service cannot show it', () => {
    expect(formatDay('2025-03-03')).toBe('3 maart 2025');
    expect(formatDay(null)).toBe('onbekend');
    expect(formatMoment(null)).toBe('onbekend');
  });
});
