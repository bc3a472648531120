import { daysBetween, monthsFromTo, schoolYearOf, stampOf } from './calendar';

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

  it('counts whole days between days and moments by their UTC day', () => {
    expect(daysBetween('2024-02-21', '2024-03-01')).toBe(9);
    expect(daysBetween('2024-01-01T23:59:00Z', '2024-01-02')).toBe(1);
    expect(daysBetween('2024-01-05', '2024-01-02')).toBe(-3);
  });

  it('orders stamps by moment whatever the precision they were written in, then by eventId', () => {
    const at = (occurredAt: string, eventId: string): string => stampOf({ occurredAt, eventId });

    expect(at('2024-01-01T00:00:00Z', 'b') < at('2024-01-01T00:00:00.5Z', 'a')).toBe(true);
    expect(at('2024-01-01T00:00:00Z', 'a') < at('2024-01-01T00:00:00.000Z', 'b')).toBe(true);
  });
});
