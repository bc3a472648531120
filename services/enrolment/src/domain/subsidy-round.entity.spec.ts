import { SubsidyRoundOpenedV1 } from '@okr/contracts';
import { aRound, codeOf, ids, problemsOf } from '../../test/enrolment.fixtures';
import {
  budgetStatus,
  decideGrant,
  isOpenAt,
  openSubsidyRound,
  releaseGrant,
  releaseStaleGrant,
  reserveGrant,
  roundMaximumFor,
  type ActivityAmount,
  type ReservingApplication,
  type SubsidyRoundState,
} from './subsidy-round.entity';

const opening = {
  roundId: ids.round,
  schoolYear: '2025-2026',
  opensAt: new Date('2025-03-01T08:00:00Z'),
  closesAt: new Date('2025-04-01T15:00:00Z'),
  budgetCents: 10_000_000,
  maxGrants: 3,
  activityAmounts: [{ activity: 'groeikracht', maxAmountCents: 4_000_000 }],
} as const;

const grant = (round: SubsidyRoundState, applicationId: string, amountCents: number): SubsidyRoundState =>
  decideGrant(round, applicationId, amountCents).state;

describe('opening a subsidy round', () => {
  it('opens a round with nothing granted yet', () => {
    const { state } = openSubsidyRound(undefined, opening);

    expect(state).toMatchObject({
      schoolYear: '2025-2026',
      opensAt: '2025-03-01T08:00:00.000Z',
      budgetCents: 10_000_000,
      grantedCents: 0,
      grantedCount: 0,
      grants: [],
    });
  });

  it('emits a SubsidyRoundOpened event that satisfies the contract', () => {
    const { events } = openSubsidyRound(undefined, opening);

    expect(problemsOf(SubsidyRoundOpenedV1, events[0]?.data)).toEqual([]);
  });

  it('refuses to open a round twice', () => {
    expect(codeOf(() => openSubsidyRound(aRound(), opening))).toBe('ROUND.ALREADY_OPENED');
  });

  it('refuses a school year of years that do not follow each other', () => {
    expect(codeOf(() => openSubsidyRound(undefined, { ...opening, schoolYear: '2025-2027' }))).toBe(
      'ROUND.INVALID_SCHOOL_YEAR',
    );
  });

  it('refuses a round that closes before it opens', () => {
    expect(codeOf(() => openSubsidyRound(undefined, { ...opening, closesAt: opening.opensAt }))).toBe(
      'ROUND.INVALID_PERIOD',
    );
  });

  it('refuses a budget in fractions of a cent, and a round without grants', () => {
    expect(codeOf(() => openSubsidyRound(undefined, { ...opening, budgetCents: 10.5 }))).toBe(
      'ROUND.INVALID_BUDGET',
    );
    expect(codeOf(() => openSubsidyRound(undefined, { ...opening, maxGrants: 0 }))).toBe(
      'ROUND.INVALID_MAX_GRANTS',
    );
  });

  it('refuses amounts per activity that are missing, repeated or negative', () => {
    const open = (activityAmounts: ActivityAmount[]) => () =>
      openSubsidyRound(undefined, { ...opening, activityAmounts });

    expect(codeOf(open([]))).toBe('ROUND.INVALID_ACTIVITY_AMOUNTS');
    expect(codeOf(open([opening.activityAmounts[0], opening.activityAmounts[0]]))).toBe(
      'ROUND.INVALID_ACTIVITY_AMOUNTS',
    );
    expect(codeOf(open([{ activity: 'groeikracht', maxAmountCents: -1 }]))).toBe(
      'ROUND.INVALID_ACTIVITY_AMOUNTS',
    );
  });

  it('knows the most it grants per activity, and which activities it does not offer', () => {
    const round = openSubsidyRound(undefined, opening).state;

    expect(roundMaximumFor(round, 'groeikracht')).toBe(4_000_000);
    expect(roundMaximumFor(round, 'development-school')).toBeUndefined();
  });
});

describe('whether a round is open', () => {
  it('is open from its opening moment up to, not including, its closing moment', () => {
    const round = aRound();

    expect(isOpenAt(round, new Date('2025-03-01T07:59:59Z'))).toBe(false);
    expect(isOpenAt(round, new Date('2025-03-01T08:00:00Z'))).toBe(true);
    expect(isOpenAt(round, new Date('2025-04-01T14:59:59Z'))).toBe(true);
    expect(isOpenAt(round, new Date('2025-04-01T15:00:00Z'))).toBe(false);
  });
});

describe('reserving budget for a grant', () => {
  it('adds the grant to the amount and number granted', () => {
    const { state, events } = decideGrant(aRound(), ids.application, 4_000_000);

    expect(state).toMatchObject({
      grantedCents: 4_000_000,
      grantedCount: 1,
      grants: [{ applicationId: ids.application, amountCents: 4_000_000 }],
    });
    expect(events).toEqual([]);
  });

  it('refuses a grant larger than the rest of the budget', () => {
    const round = grant(aRound({ budgetCents: 5_000_000 }), 'a', 4_000_000);

    expect(codeOf(() => decideGrant(round, 'b', 1_000_001))).toBe('ROUND.BUDGET_EXHAUSTED');
  });

  it('grants exactly the rest of the budget', () => {
    const round = grant(aRound({ budgetCents: 5_000_000 }), 'a', 4_000_000);

    expect(decideGrant(round, 'b', 1_000_000).state.grantedCents).toBe(5_000_000);
  });

  it('refuses a grant beyond the maximum number of grants', () => {
    const round = ['a', 'b', 'c'].reduce((current, id) => grant(current, id, 100), aRound({ maxGrants: 3 }));

    expect(codeOf(() => decideGrant(round, 'd', 100))).toBe('ROUND.MAX_GRANTS_REACHED');
  });

  it('refuses to grant the same application twice', () => {
    const round = grant(aRound(), ids.application, 100);

    expect(codeOf(() => decideGrant(round, ids.application, 100))).toBe('ROUND.ALREADY_GRANTED');
  });

  it('refuses an amount that is not a positive whole number of cents', () => {
    expect(codeOf(() => decideGrant(aRound(), ids.application, 0))).toBe('ROUND.INVALID_AMOUNT');
  });

  it('never grants more than the budget or the maximum, whatever the order of fifty grants', () => {
    const round = aRound({ budgetCents: 1_000_000, maxGrants: 50 });

    let current = round;
    let granted = 0;
    for (let index = 0; index < 50; index += 1) {
      try {
        current = grant(current, `application-${index}`, 100_000);
        granted += 1;
      } catch {
        // refused: the budget is spent
      }
    }

    expect(granted).toBe(10);
    expect(current.grantedCents).toBe(1_000_000);
  });

  it('gives a reservation back, and decides nothing for an application without one', () => {
    const round = grant(aRound(), ids.application, 4_000_000);

    expect(releaseGrant(round, ids.application)?.state).toMatchObject({
      grantedCents: 0,
      grantedCount: 0,
      grants: [],
    });
    expect(releaseGrant(round, ids.otherApplication)).toBeUndefined();
  });

  it('refuses to grant in a round that does not exist', () => {
    expect(codeOf(() => decideGrant(undefined, ids.application, 100))).toBe('ROUND.NOT_FOUND');
  });
});

describe('the budget status', () => {
  it('shows what was granted, what undecided applications ask and what remains', () => {
    const round = grant(aRound({ budgetCents: 10_000_000, maxGrants: 3 }), 'a', 4_000_000);

    expect(budgetStatus(round, [3_000_000, 4_000_000])).toEqual({
      budgetCents: 10_000_000,
      grantedCents: 4_000_000,
      grantedCount: 1,
      grantsLeft: 2,
      reservedCents: 7_000_000,
      remainingCents: 6_000_000,
      remainingAfterReservedCents: -1_000_000,
    });
  });
});

describe('reservations fenced by the step of the application', () => {
  const at = (step: string, changes: Partial<ReservingApplication> = {}): ReservingApplication => ({
    applicationId: ids.application,
    granted: false,
    undecided: true,
    step,
    ...changes,
  });
  const reservedAt = (step: string, amountCents = 3_000_000): SubsidyRoundState =>
    reserveGrant(aRound(), at(step), amountCents)?.state ?? aRound();

  it('reserves the amount for the application at the step it is at', () => {
    expect(reservedAt('submitted/0').grants).toEqual([
      { applicationId: ids.application, amountCents: 3_000_000, applicationStep: 'submitted/0' },
    ]);
  });

  it('uses a reservation of the same step again, and refuses one of the same step for another amount', () => {
    const round = reservedAt('submitted/0');

    expect(reserveGrant(round, at('submitted/0'), 3_000_000)).toBeUndefined();
    expect(codeOf(() => reserveGrant(round, at('submitted/0'), 2_000_000))).toBe('ROUND.ALREADY_GRANTED');
  });

  it('replaces a reservation of an earlier step instead of using it', () => {
    const round = reservedAt('submitted/0');

    const replaced = reserveGrant(round, at('resubmitted/1'), 2_000_000)?.state;

    expect(replaced).toMatchObject({
      grantedCents: 2_000_000,
      grantedCount: 1,
      grants: [{ applicationId: ids.application, amountCents: 2_000_000, applicationStep: 'resubmitted/1' }],
    });
  });

  it('reserves nothing for an application that is granted or can no longer be', () => {
    expect(reserveGrant(aRound(), at('granted/0', { granted: true, undecided: false }), 100)).toBeUndefined();
    expect(reserveGrant(aRound(), at('withdrawn/0', { undecided: false }), 100)).toBeUndefined();
  });

  it('keeps a reservation while the application is at its step, since a grant may still use it', () => {
    expect(releaseStaleGrant(reservedAt('submitted/0'), at('submitted/0'))).toBeUndefined();
  });

  it('keeps a reservation of a granted application', () => {
    const round = reservedAt('submitted/0');

    expect(releaseStaleGrant(round, at('granted/0', { granted: true, undecided: false }))).toBeUndefined();
  });

  it('gives back a reservation once the application moved past its step without being granted', () => {
    const round = reservedAt('submitted/0');

    expect(releaseStaleGrant(round, at('information-requested/1'))?.state.grants).toEqual([]);
    expect(releaseStaleGrant(round, at('withdrawn/0', { undecided: false }))?.state.grantedCents).toBe(0);
  });

  it('gives back a reservation made before steps were recorded once the application is not granted', () => {
    const round = grant(aRound(), ids.application, 3_000_000);

    expect(releaseStaleGrant(round, at('submitted/0'))?.state.grants).toEqual([]);
  });
});
