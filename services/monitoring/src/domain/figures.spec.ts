import { figuresOf, percentOf, progressOf, totalTargetOf } from './figures';

describe('figures and progress', () => {
  it('rounds progress to one decimal', () => {
    expect(progressOf(12, 250)).toBe(4.8);
    expect(progressOf(13, 250)).toBe(5.2);
    expect(progressOf(1, 3)).toBe(33.3);
  });

  it('has no progress without a value or a target', () => {
    expect(progressOf(null, 250)).toBeNull();
    expect(progressOf(12, undefined)).toBeNull();
    expect(progressOf(12, 0)).toBeNull();
  });

  it('measures the total against the sum of the sector targets', () => {
    expect(totalTargetOf({ bySector: { PO: 7, VO: 8 }, text: '7 PO, 8 VO' })).toBe(15);
  });

  it('measures a range target against its lower bound', () => {
    const figures = figuresOf({ total: 2, bySector: { PO: 1, VO: 1 } }, { min: 2, max: 3, text: '2-3' });

    expect(figures.total).toEqual({ value: 2, progressPercent: 100 });
    expect(figures.bySector.PO.progressPercent).toBeNull();
  });

  it('has no total target for a target the seed leaves open', () => {
    expect(totalTargetOf({ text: '-' })).toBeUndefined();
    expect(totalTargetOf(null)).toBeUndefined();
  });

  it('takes no percentage of nothing', () => {
    expect(percentOf(0, 0)).toBeNull();
    expect(percentOf(1, 8)).toBe(12.5);
  });
});
