import 'reflect-metadata';
import { futureFactProblems, NotAfterToday } from './not-after-today';

class Visit {
  @NotAfterToday()
  heldOn?: string;

  plannedOn?: string;
}

class Report {
  @NotAfterToday()
  receivedAt?: string;

  visits: Visit[] = [];
}

function visit(fields: Partial<Visit>): Visit {
  return Object.assign(new Visit(), fields);
}

// 23:30 in Amsterdam (CET, UTC+1) on 4 December: today is 2026-12-04 there, although it is 22:30 in UTC.
const now = new Date('2026-12-04T22:30:00Z');

describe('facts dated after today', () => {
  it('accepts a marked day of today or before, and any unmarked day', () => {
    expect(futureFactProblems(visit({ heldOn: '2026-12-04', plannedOn: '2030-01-01' }), now)).toEqual([]);
    expect(futureFactProblems(visit({ heldOn: '2023-09-01' }), now)).toEqual([]);
  });

  it('refuses a marked day after today in Dutch time, naming the field', () => {
    expect(futureFactProblems(visit({ heldOn: '2026-12-05' }), now)).toEqual([
      { field: 'heldOn', messages: [expect.stringContaining('after today (2026-12-04)')] },
    ]);
  });

  it('refuses a marked moment later than now, with a few minutes for a client clock that runs ahead', () => {
    const report = (receivedAt: string) => Object.assign(new Report(), { receivedAt });
    expect(futureFactProblems(report('2026-12-04T22:29:00Z'), now)).toEqual([]);
    expect(futureFactProblems(report('2026-12-04T22:33:00+00:00'), now)).toEqual([]);
    expect(futureFactProblems(report('2026-12-04T23:30:00+01:00'), now)).toEqual([]);
    expect(futureFactProblems(report('2026-12-04T22:40:00Z'), now)).toEqual([
      { field: 'receivedAt', messages: [expect.stringContaining('after today (2026-12-04)')] },
    ]);
  });

  it('finds marked fields in nested objects and lists, with their paths', () => {
    const report = Object.assign(new Report(), {
      visits: [visit({ heldOn: '2026-12-01' }), visit({ heldOn: '9999-12-31' })],
    });
    expect(futureFactProblems(report, now).map(({ field }) => field)).toEqual(['visits.1.heldOn']);
  });

  it('leaves a value that is no day to the field validators', () => {
    expect(futureFactProblems(visit({ heldOn: 'not a day' }), now)).toEqual([]);
  });
});
