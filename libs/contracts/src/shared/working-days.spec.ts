import { addWorkingDays, isWorkingDay, workingDaysBetween } from './working-days';

describe('working days', () => {
  it('counts Monday to Friday as working days, not weekends or holidays', () => {
    expect(isWorkingDay('2025-03-07')).toBe(true);
    expect(isWorkingDay('2025-03-08')).toBe(false);
    expect(isWorkingDay('2025-03-09')).toBe(false);
    expect(isWorkingDay('2025-04-21', ['2025-04-21'])).toBe(false);
  });

  it('counts five working days after a Monday to the next Monday', () => {
    expect(addWorkingDays('2025-03-03', 5)).toBe('2025-03-10');
  });

  it('counts from the first working day after a day at the weekend', () => {
    expect(addWorkingDays('2025-03-08', 5)).toBe('2025-03-14');
  });

  it('skips the configured holidays', () => {
    // Easter Monday 2025 is 21 April.
    expect(addWorkingDays('2025-04-17', 2, ['2025-04-18', '2025-04-21'])).toBe('2025-04-23');
  });
});

describe('working days between two days', () => {
  it('counts the working days after the first day up to and including the last', () => {
    // Friday 7 March to Monday 10 March 2025: only the Monday.
    expect(workingDaysBetween('2025-03-07', '2025-03-10')).toBe(1);
    expect(workingDaysBetween('2025-03-03', '2025-03-10')).toBe(5);
  });

  it('counts nothing when the last day is not after the first', () => {
    expect(workingDaysBetween('2025-03-10', '2025-03-10')).toBe(0);
    expect(workingDaysBetween('2025-03-10', '2025-03-03')).toBe(0);
  });

  it('leaves the configured holidays out', () => {
    expect(workingDaysBetween('2025-04-17', '2025-04-23', ['2025-04-18', '2025-04-21'])).toBe(2);
  });
});

describe('adding working days', () => {
  it('refuses what is not a day or not a number of days', () => {
    expect(() => addWorkingDays('2025-02-30', 1)).toThrow(RangeError);
    expect(() => addWorkingDays('2025-03-03', -1)).toThrow(RangeError);
    expect(() => addWorkingDays('2025-03-03', 1.5)).toThrow(RangeError);
  });
});
