import {
  addDays,
  addMonths,
  dayOf,
  daysBetween,
  isCalendarDay,
  isMoment,
  weekdayOf,
} from './calendar-day.value-object';

describe('calendar days', () => {
  it('takes the day of a moment in Dutch time, in winter and in summer', () => {
    expect(dayOf(new Date('2025-01-06T22:59:59Z'))).toBe('2025-01-06');
    expect(dayOf(new Date('2025-01-06T23:00:00Z'))).toBe('2025-01-07');
    expect(dayOf(new Date('2025-07-06T21:59:59Z'))).toBe('2025-07-06');
    expect(dayOf(new Date('2025-07-06T22:00:00Z'))).toBe('2025-07-07');
  });

  it('counts days across months, years and a leap day', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-03-30', -30)).toBe('2025-02-28');
    expect(daysBetween('2025-03-10', '2025-03-20')).toBe(10);
    expect(daysBetween('2025-03-30', '2025-03-29')).toBe(-1);
  });

  it('counts whole days across the change to summer time', () => {
    expect(daysBetween('2025-03-29', '2025-03-31')).toBe(2);
  });

  it('keeps the day of the month when adding months, or takes the last day of a shorter month', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-11-15', 12)).toBe('2026-11-15');
  });

  it('knows the weekday of a day', () => {
    expect(weekdayOf('2025-03-03')).toBe(1);
    expect(weekdayOf('2025-03-09')).toBe(0);
  });

  it('tells real days and moments from malformed ones', () => {
    expect(isCalendarDay('2025-02-29')).toBe(false);
    expect(isCalendarDay('2024-02-29')).toBe(true);
    expect(isMoment(new Date('not a date'))).toBe(false);
    expect(isMoment(new Date('2025-03-03T09:00:00Z'))).toBe(true);
  });
});
