import {
  decisionDueOn,
  initialDecisionDueOn,
  isClockPaused,
  isDecisionOverdue,
  overdueApplications,
  pausedDays,
  type ClockedApplication,
} from './decision-clock.rules';

const submitted = (
  changes: Partial<ClockedApplication> & { name?: string } = {},
): ClockedApplication & { name: string } => ({
  name: 'a',
  status: 'submitted',
  submittedAt: '2025-03-03T09:30:00.000Z',
  submittedOn: '2025-03-03',
  informationRequests: [],
  ...changes,
});

describe('the 13-week decision clock', () => {
  it('makes a decision due 13 weeks after submission', () => {
    expect(initialDecisionDueOn('2025-03-03')).toBe('2025-06-02');
    expect(decisionDueOn(submitted())).toBe('2025-06-02');
  });

  it('moves the decision date by the days information was awaited', () => {
    const application = submitted({
      status: 'resubmitted',
      informationRequests: [{ requestedOn: '2025-03-10', resubmittedOn: '2025-03-20' }],
    });

    expect(pausedDays(application)).toBe(10);
    expect(decisionDueOn(application)).toBe('2025-06-12');
  });

  it('adds up the pauses of several requests for information', () => {
    const application = submitted({
      status: 'resubmitted',
      informationRequests: [
        { requestedOn: '2025-03-10', resubmittedOn: '2025-03-13' },
        { requestedOn: '2025-04-01', resubmittedOn: '2025-04-05' },
      ],
    });

    expect(decisionDueOn(application)).toBe('2025-06-09');
  });

  it('pauses nothing for information sent the day it was asked', () => {
    const application = submitted({
      informationRequests: [{ requestedOn: '2025-03-10', resubmittedOn: '2025-03-10' }],
    });

    expect(decisionDueOn(application)).toBe('2025-06-02');
  });

  it('stands still while information is requested, and shows the due day as if it came today', () => {
    const waiting = submitted({
      status: 'information-requested',
      informationRequests: [{ requestedOn: '2025-03-10' }],
    });

    expect(isClockPaused(waiting)).toBe(true);
    expect(decisionDueOn(waiting)).toBe('2025-06-02');
    expect(decisionDueOn(waiting, '2025-03-17')).toBe('2025-06-09');
  });

  it('counts an undecided application overdue from the day after the due day', () => {
    expect(isDecisionOverdue(submitted(), '2025-06-02')).toBe(false);
    expect(isDecisionOverdue(submitted(), '2025-06-03')).toBe(true);
    expect(isDecisionOverdue(submitted({ status: 'resubmitted' }), '2025-06-03')).toBe(true);
  });

  it('does not count a decided application, or one awaiting information, overdue', () => {
    for (const status of ['granted', 'rejected', 'withdrawn', 'information-requested']) {
      expect(
        isDecisionOverdue(
          submitted({ status, informationRequests: [{ requestedOn: '2025-03-10' }] }),
          '2025-12-01',
        ),
      ).toBe(false);
    }
  });

  it('lists the overdue applications, the longest overdue first', () => {
    const applications = [
      submitted({
        name: 'paused-long',
        status: 'resubmitted',
        informationRequests: [{ requestedOn: '2025-03-10', resubmittedOn: '2025-04-10' }],
      }),
      submitted({ name: 'late', submittedOn: '2025-03-05', submittedAt: '2025-03-05T10:00:00.000Z' }),
      submitted({ name: 'oldest' }),
      submitted({ name: 'granted', status: 'granted' }),
    ];

    const overdue = overdueApplications(applications, '2025-06-20');

    expect(overdue.map((application) => application.name)).toEqual(['oldest', 'late']);
  });
});
