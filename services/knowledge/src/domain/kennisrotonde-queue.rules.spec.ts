import {
  answeredCounts,
  compareInQueue,
  normStanding,
  overdueCases,
  queueOf,
} from './kennisrotonde-queue.rules';
import type { CaseState } from './kennisrotonde-case.entity';

const NORM = { workingDays: 5, holidays: ['2025-04-21'] };

function question(
  caseId: string,
  receivedAt: string,
  priority: boolean,
  status: CaseState['status'] = 'received',
) {
  return { caseId, receivedAt, receivedOn: receivedAt.slice(0, 10), priority, status };
}

describe('the Kennisrotonde queue', () => {
  it('takes a question of a participating school ahead of older questions from others, then oldest first', () => {
    const queue = queueOf([
      question('old-other', '2025-03-01T08:00:00.000Z', false),
      question('new-participant', '2025-03-10T08:00:00.000Z', true),
      question('older-participant', '2025-03-05T08:00:00.000Z', true),
      question('newer-other', '2025-03-02T08:00:00.000Z', false),
      question('answered', '2025-02-01T08:00:00.000Z', true, 'answered'),
      question('declined', '2025-02-01T08:00:00.000Z', true, 'declined'),
    ]);

    expect(queue.map((each) => each.caseId)).toEqual([
      'older-participant',
      'new-participant',
      'old-other',
      'newer-other',
    ]);
  });

  it('orders two questions of the same moment and priority by id, so every replica shows one order', () => {
    const a = question('a', '2025-03-01T08:00:00.000Z', false);
    const b = question('b', '2025-03-01T08:00:00.000Z', false);

    expect(compareInQueue(a, b)).toBeLessThan(0);
    expect(compareInQueue(b, a)).toBeGreaterThan(0);
  });
});

describe('the service norm', () => {
  it('is due after the configured working days, skipping weekends and holidays', () => {
    // Thursday 17 April 2025; Easter Monday 21 April is a holiday.
    expect(normStanding({ receivedOn: '2025-04-17', status: 'received' }, '2025-04-17', NORM).dueOn).toBe(
      '2025-04-25',
    );
  });

  it('makes an open question overdue from the day after its due day, by days and working days', () => {
    const open = { receivedOn: '2025-04-17', status: 'assigned' as const };

    expect(normStanding(open, '2025-04-25', NORM).overdue).toBe(false);
    expect(normStanding(open, '2025-04-29', NORM)).toEqual({
      dueOn: '2025-04-25',
      overdue: true,
      daysOverdue: 4,
      workingDaysOverdue: 2,
    });
  });

  it('never makes an answered, declined or redirected question overdue', () => {
    for (const status of ['answered', 'declined', 'redirected', 'published'] as const) {
      expect(normStanding({ receivedOn: '2025-01-02', status }, '2025-12-31', NORM).overdue).toBe(false);
    }
  });

  it('lists the overdue questions, the longest overdue first', () => {
    const overdue = overdueCases(
      [
        question('recent', '2025-04-28T08:00:00.000Z', false),
        question('late', '2025-04-01T08:00:00.000Z', false),
        question('later', '2025-03-01T08:00:00.000Z', true),
      ],
      '2025-04-30',
      NORM,
    );

    expect(overdue.map((each) => each.caseId)).toEqual(['later', 'late']);
  });
});

describe('the answered counts', () => {
  it('count answered questions per calendar year of the answer, and the extra ones from participating schools', () => {
    const answer = (answeredOn: string) => ({ text: '', sources: [], answeredOn });

    expect(
      answeredCounts([
        { answer: answer('2023-12-31'), priority: true },
        { answer: answer('2024-01-02'), priority: false },
        { answer: answer('2024-05-02'), priority: true },
        { priority: true },
      ]),
    ).toEqual({
      answered: 3,
      extraFromParticipatingSchools: 2,
      byYear: [
        { year: '2023', answered: 1, extraFromParticipatingSchools: 1 },
        { year: '2024', answered: 2, extraFromParticipatingSchools: 1 },
      ],
    });
  });
});
