import { dayOf, daysBetween, monthOf, monthsFromTo, schoolYearOf, stampOf } from './calendar';

describe('calendar helpers', () => {
  it.each([
    ['2024-07-31', '2023-2024'],
    ['2024-08-01', '2024-2025'],
    ['2025-01-15', '2024-2025'],
    ['2024-12-31', '2024-2025'],
  ])('puts %s in school year %s, 1 August starting a year', (day, year) => {
    expect(schoolYearOf(day)).toBe(year);
  });

  it('lists every month between two months, across a year end', () => {
    expect(monthsFromTo('2024-11', '2025-02')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(monthsFromTo('2024-11', '2024-11')).toEqual(['2024-11']);
  });

  it('counts whole days between days and moments by their day in Dutch time', () => {
    expect(daysBetween('2024-02-21', '2024-03-01')).toBe(9);
    expect(daysBetween('2024-01-01T22:59:00Z', '2024-01-02')).toBe(1);
    // 23:59 UTC on 1 January is 00:59 on 2 January in Amsterdam.
    expect(daysBetween('2024-01-01T23:59:00Z', '2024-01-02')).toBe(0);
    expect(daysBetween('2024-01-05', '2024-01-02')).toBe(-3);
  });

  it('dates a moment just before UTC midnight at a year, quarter or month boundary by its day in Amsterdam', () => {
    // Summer time: 22:30 UTC on 31 July is 00:30 on 1 August, the first day of a school year.
    expect(schoolYearOf('2024-07-31T22:30:00Z')).toBe('2024-2025');
    expect(dayOf('2024-07-31T22:30:00Z')).toBe('2024-08-01');
    // Winter time: 23:30 UTC on 31 December is 00:30 on 1 January.
    expect(monthOf('2024-12-31T23:30:00Z')).toBe('2025-01');
    expect(monthOf('2025-03-31T22:30:00Z')).toBe('2025-04');
    // The night the clocks go forward: 22:30 UTC on 30 March is 00:30 on 31 March (summer time).
    expect(dayOf('2025-03-30T22:30:00Z')).toBe('2025-03-31');
  });

  it('orders stamps by moment whatever the precision they were written in, then by eventId', () => {
    const at = (occurredAt: string, eventId: string): string => stampOf({ occurredAt, eventId });

    expect(at('2024-01-01T00:00:00Z', 'b') < at('2024-01-01T00:00:00.5Z', 'a')).toBe(true);
    expect(at('2024-01-01T00:00:00Z', 'a') < at('2024-01-01T00:00:00.000Z', 'b')).toBe(true);
  });
});
