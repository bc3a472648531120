import { shownDay, shownMoment } from './shown-day';

describe('days and moments as a view shows them', () => {
  it('shows a day the calendar counts as it is', () => {
    expect(shownDay('2024-02-29')).toBe('2024-02-29');
  });

  it('shows a missing, impossible or out-of-range day as unknown', () => {
    for (const day of [
      undefined,
      null,
      '',
      '2023-02-30',
      '9999-12-31',
      '1999-12-31',
      '10000-01-01',
      20250303,
    ]) {
      expect(shownDay(day)).toBeNull();
    }
  });

  it('shows a moment in UTC, from a string or a stored Date', () => {
    expect(shownMoment('2025-03-03T09:00:00Z')).toBe('2025-03-03T09:00:00.000Z');
    expect(shownMoment(new Date('2025-03-03T09:00:00Z'))).toBe('2025-03-03T09:00:00.000Z');
  });

  it('shows a missing, impossible or out-of-range moment as unknown', () => {
    for (const moment of [
      undefined,
      'gisteren',
      '2023-02-30T09:00:00Z',
      '2025-03-03',
      '9999-12-31T12:00:00.000Z',
      new Date(Number.NaN),
    ]) {
      expect(shownMoment(moment)).toBeNull();
    }
  });
});
