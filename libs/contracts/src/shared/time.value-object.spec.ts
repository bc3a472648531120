import { validatePlain } from '../class-validation';
import { IsCalendarDate, isCalendarDate, IsLaterThan, IsUtcMoment } from './time.value-object';

describe('isCalendarDate', () => {
  it.each(['2025-03-01', '2024-02-29', '2025-12-31', '0001-01-01'])('accepts %s', (day) => {
    expect(isCalendarDate(day)).toBe(true);
  });

  it.each([
    '2025-02-29',
    '2025-13-01',
    '2025-04-31',
    '2025-00-10',
    '2025-3-1',
    '01-03-2025',
    '2025-03-01T00:00:00Z',
    20250301,
  ])('refuses %p', (day) => {
    expect(isCalendarDate(day)).toBe(false);
  });
});

class Period {
  @IsCalendarDate()
  startsOn!: string;

  @IsUtcMoment()
  opensAt!: string;

  @IsUtcMoment()
  @IsLaterThan('opensAt')
  closesAt!: string;
}

const period = {
  startsOn: '2025-03-01',
  opensAt: '2025-03-01T08:00:00Z',
  closesAt: '2025-03-02T08:00:00.5Z',
};

describe('IsCalendarDate, IsUtcMoment and IsLaterThan', () => {
  it('accept a day, UTC moments and a later close', () => {
    expect(validatePlain(Period, period).problems).toEqual([]);
  });

  it('say what a day looks like and that it must exist', () => {
    const { problems } = validatePlain(Period, { ...period, startsOn: '2025-02-30' });

    expect(problems).toEqual([
      { field: 'startsOn', messages: ['startsOn must be a day that exists, e.g. 2025-03-01'] },
    ]);
  });

  it('refuse a moment with an offset, and one without a zone', () => {
    const offset = validatePlain(Period, { ...period, opensAt: '2025-03-01T09:00:00+01:00' }).problems;
    const local = validatePlain(Period, { ...period, opensAt: '2025-03-01T08:00:00' }).problems;

    expect(offset).toEqual([
      { field: 'opensAt', messages: ['opensAt must be an ISO 8601 UTC timestamp ending in Z'] },
    ]);
    expect(local.map((problem) => problem.field)).toEqual(['opensAt']);
  });

  it('refuse a close that is not later than the opening', () => {
    const { problems } = validatePlain(Period, { ...period, closesAt: period.opensAt });

    expect(problems).toEqual([{ field: 'closesAt', messages: ['closesAt must be later than opensAt'] }]);
  });

  it('leave a broken opening to its own check rather than report the close too', () => {
    const { problems } = validatePlain(Period, { ...period, opensAt: 'soon' });

    expect(problems.map((problem) => problem.field)).toEqual(['opensAt']);
  });
});
