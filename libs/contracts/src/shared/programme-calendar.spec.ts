import {
  addDays,
  addMonths,
  dayOf,
  daysBetween,
  daysOfSchoolYear,
  isMoment,
  laterOf,
  monthOf,
  monthsFromTo,
  quarterOf,
  schoolYearOf,
  weekdayOf,
} from './programme-calendar';

// Each moment below is on one day in UTC and on the next in Amsterdam: slicing the UTC date gets them wrong.
describe('the programme calendar', () => {
  it('takes the day of a moment in Dutch time, in winter and in summer', () => {
    expect(dayOf(new Date('2025-01-06T22:59:59Z'))).toBe('2025-01-06');
    expect(dayOf(new Date('2025-01-06T23:00:00Z'))).toBe('2025-01-07');
    expect(dayOf('2025-07-06T21:59:59.999Z')).toBe('2025-07-06');
    expect(dayOf('2025-07-06T22:00:00Z')).toBe('2025-07-07');
  });

  it('changes day at Amsterdam midnight on both sides of the switch to summer time', () => {
    // 30 March 2025: 02:00 CET became 03:00 CEST at 01:00 UTC.
    expect(dayOf('2025-03-29T22:59:59Z')).toBe('2025-03-29');
    expect(dayOf('2025-03-29T23:00:00Z')).toBe('2025-03-30');
    expect(dayOf('2025-03-30T21:59:59Z')).toBe('2025-03-30');
    expect(dayOf('2025-03-30T22:00:00Z')).toBe('2025-03-31');
  });

  it('changes day at Amsterdam midnight on both sides of the switch back to winter time', () => {
    // 26 October 2025: 03:00 CEST became 02:00 CET at 01:00 UTC.
    expect(dayOf('2025-10-25T21:59:59Z')).toBe('2025-10-25');
    expect(dayOf('2025-10-25T22:00:00Z')).toBe('2025-10-26');
    expect(dayOf('2025-10-26T00:59:59Z')).toBe('2025-10-26');
    expect(dayOf('2025-10-26T01:00:00Z')).toBe('2025-10-26');
    expect(dayOf('2025-10-26T22:59:59Z')).toBe('2025-10-26');
    expect(dayOf('2025-10-26T23:00:00Z')).toBe('2025-10-27');
  });

  it('puts 23:30 UTC on 31 July in the school year that starts the next day in Amsterdam', () => {
    expect(schoolYearOf('2024-07-31T21:59:59Z')).toBe('2023-2024');
    expect(schoolYearOf('2024-07-31T23:30:00Z')).toBe('2024-2025');
    expect(schoolYearOf(new Date('2024-07-31T22:00:00Z'))).toBe('2024-2025');
  });

  it.each([
    ['2024-07-31', '2023-2024'],
    ['2024-08-01', '2024-2025'],
    ['2024-12-31', '2024-2025'],
    ['2025-01-15', '2024-2025'],
  ])('puts the day %s in school year %s, 1 August starting a year', (day, year) => {
    expect(schoolYearOf(day)).toBe(year);
  });

  it('gives the first and last day of a school year', () => {
    expect(daysOfSchoolYear('2024-2025')).toEqual({ from: '2024-08-01', to: '2025-07-31' });
  });

  it('puts a moment just before Amsterdam midnight at a quarter end in the next quarter and month', () => {
    expect(quarterOf('2025-03-31T21:59:59Z')).toBe('2025-Q1');
    expect(quarterOf('2025-03-31T22:30:00Z')).toBe('2025-Q2');
    expect(monthOf('2025-03-31T22:30:00Z')).toBe('2025-04');
    expect(quarterOf('2024-12-31T23:30:00Z')).toBe('2025-Q1');
    expect(monthOf('2024-12-31T23:30:00Z')).toBe('2025-01');
  });

  it.each([
    ['2025-01-01', '2025-Q1'],
    ['2025-03-31', '2025-Q1'],
    ['2025-04-01', '2025-Q2'],
    ['2025-09-30', '2025-Q3'],
    ['2025-12-31', '2025-Q4'],
  ])('puts the day %s in quarter %s', (day, quarter) => {
    expect(quarterOf(day)).toBe(quarter);
  });

  it('takes a day as its own day, month, quarter and school year', () => {
    expect(dayOf('2025-08-01')).toBe('2025-08-01');
    expect(monthOf('2025-08-01')).toBe('2025-08');
  });

  it('refuses what is neither a moment nor a day', () => {
    expect(() => dayOf('soon')).toThrow(RangeError);
    expect(() => dayOf(new Date('not a date'))).toThrow(RangeError);
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

  it('counts days between moments by their days in Dutch time', () => {
    // 23:59 UTC on 1 January is 00:59 on 2 January in Amsterdam.
    expect(daysBetween('2024-01-01T23:59:00Z', '2024-01-02')).toBe(0);
    expect(daysBetween('2024-01-01T22:59:00Z', '2024-01-02')).toBe(1);
  });

  it('keeps the day of the month when adding months, or takes the last day of a shorter month', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-11-15', 12)).toBe('2026-11-15');
  });

  it('knows the weekday of a day and the later of two days', () => {
    expect(weekdayOf('2025-03-03')).toBe(1);
    expect(weekdayOf('2025-03-09')).toBe(0);
    expect(laterOf('2025-03-09', '2025-03-10')).toBe('2025-03-10');
  });

  it('lists every month between two months, across a year end', () => {
    expect(monthsFromTo('2024-11', '2025-02')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(monthsFromTo('2024-11', '2024-11')).toEqual(['2024-11']);
    expect(monthsFromTo('2024-12', '2024-11')).toEqual([]);
  });

  it('tells real moments from invalid ones', () => {
    expect(isMoment(new Date('not a date'))).toBe(false);
    expect(isMoment('2025-03-03T09:00:00Z')).toBe(false);
    expect(isMoment(new Date('2025-03-03T09:00:00Z'))).toBe(true);
  });

  it('gives the right day for every hour of a 23-hour and a 24-hour day, asked in any order', () => {
    // Midnight on 30 March 2025 in Amsterdam, and the 47 hours until midnight on 1 April.
    const start = Date.parse('2025-03-29T23:00:00Z');
    const moments = Array.from({ length: 47 }, (_, hour) => start + ((hour * 37) % 47) * 3_600_000);

    const days = moments.map((ms) => dayOf(new Date(ms)));

    const expected = moments.map((ms) =>
      ms < Date.parse('2025-03-30T22:00:00Z') ? '2025-03-30' : '2025-03-31',
    );
    expect(days).toEqual(expected);
  });
});
