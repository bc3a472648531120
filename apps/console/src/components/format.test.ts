import { describe, expect, it } from 'vitest';
import { valueText } from '../areas/monitoring/kpi-figures';
import { centsOf } from './format';

describe('amounts typed in euros', () => {
  it('reads Dutch and plain notation as cents', () => {
    expect(centsOf('12.500,50')).toBe(1_250_050);
    expect(centsOf('12500')).toBe(1_250_000);
    expect(centsOf('€ 99,9')).toBe(9_990);
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
