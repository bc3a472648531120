import {
  aContext,
  anApplication,
  anIntake,
  aRequest,
  aRound,
  aSchool,
  codeOf,
  ids,
} from '../../test/enrolment.fixtures';
import {
  DEFAULT_ACTIVITY_CATALOGUE,
  DEFAULT_ROUND_MAXIMUM_CENTS,
  maximumAmountCents,
} from './activity-catalogue.value-object';
import { DomainError } from './domain.errors';
import { assertEligible, eligibilityProblems, isLive } from './eligibility.rules';

const codesOf = (...args: Parameters<typeof eligibilityProblems>) =>
  eligibilityProblems(...args).map((problem) => problem.code);

describe('eligibility of an application', () => {
  it('lets a school apply that meets every rule', () => {
    expect(eligibilityProblems(aRequest(), aContext())).toEqual([]);
  });

  it('rejects an application after the round has closed', () => {
    const request = aRequest({ submittedAt: new Date('2025-04-01T15:00:00Z') });

    expect(codesOf(request, aContext())).toEqual(['APPLICATION.ROUND_CLOSED']);
  });

  it('rejects an application before the round opens', () => {
    const request = aRequest({ submittedAt: new Date('2025-02-28T12:00:00Z') });

    expect(codesOf(request, aContext())).toEqual(['APPLICATION.ROUND_CLOSED']);
  });

  it('rejects an application for an activity the round does not offer', () => {
    const round = aRound({ activityAmounts: [{ activity: 'development-school', maxAmountCents: 100 }] });

    expect(codesOf(aRequest(), aContext({ round }))).toEqual(['APPLICATION.ACTIVITY_NOT_OFFERED']);
  });

  it('rejects an application for an activity the catalogue no longer offers', () => {
    const catalogue = DEFAULT_ACTIVITY_CATALOGUE.filter((entry) => entry.activity !== 'groeikracht');

    expect(codesOf(aRequest(), aContext({ catalogue }))).toEqual(['APPLICATION.ACTIVITY_NOT_OFFERED']);
  });

  it('rejects an application of a school the help desk never held an exploratory conversation with', () => {
    expect(codesOf(aRequest(), aContext({ exploratoryConversationsOn: [] }))).toEqual([
      'APPLICATION.NO_EXPLORATORY_CONVERSATION',
    ]);
  });

  it('rejects an application without an intake for the activity', () => {
    const intakes = [anIntake({ activity: 'development-school' }), anIntake({ brin: '34CD' })];

    expect(codesOf(aRequest(), aContext({ intakes }))).toEqual(['APPLICATION.NO_FIT_INTAKE']);
  });

  it('rejects an application whose latest intake found no fit', () => {
    const intakes = [
      anIntake({ heldOn: '2025-01-10' }),
      anIntake({ outcome: 'no-fit', heldOn: '2025-02-20' }),
    ];

    expect(codesOf(aRequest(), aContext({ intakes }))).toEqual(['APPLICATION.NO_FIT_INTAKE']);
  });

  it('rejects an application of a school whose sector the activity is not open to', () => {
    const catalogue = DEFAULT_ACTIVITY_CATALOGUE.map((entry) =>
      entry.activity === 'groeikracht' ? { ...entry, allowedSectors: ['VO' as const] } : entry,
    );

    expect(codesOf(aRequest(), aContext({ catalogue }))).toEqual(['APPLICATION.SECTOR_NOT_ALLOWED']);
  });

  it('rejects an amount outside the activity rule', () => {
    const request = aRequest({ requestedAmountCents: 4_000_001 });

    expect(codesOf(request, aContext())).toEqual(['APPLICATION.AMOUNT_NOT_ALLOWED']);
  });

  it('rejects an amount per pupil beyond what the school size allows', () => {
    const school = aSchool({ pupilCount: 100 });
    const intakes = [anIntake({ activity: 'development-school' })];
    const request = aRequest({ activity: 'development-school', requestedAmountCents: 500_001 });

    expect(codesOf(request, aContext({ school, intakes }))).toEqual(['APPLICATION.AMOUNT_NOT_ALLOWED']);
  });

  it('rejects an amount within the activity rule but above the round amount for the activity', () => {
    const round = aRound({ activityAmounts: [{ activity: 'groeikracht', maxAmountCents: 2_000_000 }] });

    expect(codesOf(aRequest({ requestedAmountCents: 2_500_000 }), aContext({ round }))).toEqual([
      'APPLICATION.AMOUNT_NOT_ALLOWED',
    ]);
  });

  it('names the rule and the round maximum in the title of an amount above it', () => {
    const round = aRound({ activityAmounts: [{ activity: 'groeikracht', maxAmountCents: 2_000_000 }] });

    const [problem] = eligibilityProblems(aRequest({ requestedAmountCents: 2_500_000 }), aContext({ round }));

    expect(problem?.message).toBe(
      'The amount of €25,000.00 is not allowed by the round: at most €20,000.00 for groeikracht (rule: amount-allowed)',
    );
    expect(problem?.details).toMatchObject({ rule: 'amount-allowed', roundMaximumCents: 2_000_000 });
  });

  it('says no amount can pass when the catalogue fixes more than the round grants, naming both', () => {
    const catalogue = DEFAULT_ACTIVITY_CATALOGUE.map((entry) =>
      entry.activity === 'groeikracht'
        ? { ...entry, amountRule: { kind: 'fixed', amountCents: 5_000_000 } as const }
        : entry,
    );
    const round = aRound({ activityAmounts: [{ activity: 'groeikracht', maxAmountCents: 4_000_000 }] });

    const [problem] = eligibilityProblems(
      aRequest({ requestedAmountCents: 4_000_000 }),
      aContext({ catalogue, round }),
    );

    expect(problem?.message).toContain('the catalogue: the amount is fixed at 5000000 cents');
    expect(problem?.message).toContain(
      'no amount can pass: the catalogue asks at least €50,000.00, the round grants at most €40,000.00',
    );
  });

  it.each(DEFAULT_ACTIVITY_CATALOGUE.map((entry) => [entry.activity, entry] as const))(
    'lets a school apply for %s from the default catalogue in a round at the default maximum',
    (activity, entry) => {
      const round = aRound({ activityAmounts: [{ activity, maxAmountCents: DEFAULT_ROUND_MAXIMUM_CENTS }] });
      const school = aSchool();
      const request = aRequest({
        activity,
        requestedAmountCents: maximumAmountCents(entry.amountRule, school.profile),
      });

      expect(
        eligibilityProblems(request, aContext({ school, round, intakes: [anIntake({ activity })] })),
      ).toEqual([]);
    },
  );

  it('names the rule that failed in the error it throws', () => {
    let thrown: unknown;
    try {
      assertEligible(aRequest(), aContext({ intakes: [] }));
    } catch (error) {
      thrown = error;
    }

    expect(thrown).toBeInstanceOf(DomainError);
    expect(thrown).toMatchObject({ details: { rule: 'fit-intake' } });
    expect((thrown as Error).message).toContain('(rule: fit-intake)');
  });

  it('rejects a second live application of the school for the same activity and round', () => {
    const applications = [anApplication({ applicationId: ids.otherApplication })];

    expect(codesOf(aRequest(), aContext({ applications }))).toEqual(['APPLICATION.DUPLICATE']);
  });

  it('lets a school apply again after its earlier application was rejected or withdrawn', () => {
    const earlier = anApplication({ applicationId: ids.otherApplication });
    const applications = [
      { ...earlier, status: 'rejected' as const },
      { ...earlier, status: 'withdrawn' as const },
      { ...earlier, roundId: '7cdec1ca-9e8f-4d8c-8bce-a0afd08af108' },
      { ...earlier, activity: 'development-school' as const },
    ];

    expect(eligibilityProblems(aRequest(), aContext({ applications }))).toEqual([]);
  });

  it('counts a granted application as live', () => {
    expect(isLive({ status: 'granted' })).toBe(true);
    expect(isLive({ status: 'information-requested' })).toBe(true);
    expect(isLive({ status: 'withdrawn' })).toBe(false);
  });

  it('names every broken rule, the round first', () => {
    const request = aRequest({ submittedAt: new Date('2025-05-01T08:00:00Z'), requestedAmountCents: 0 });

    expect(codesOf(request, aContext({ intakes: [], exploratoryConversationsOn: [] }))).toEqual([
      'APPLICATION.ROUND_CLOSED',
      'APPLICATION.NO_EXPLORATORY_CONVERSATION',
      'APPLICATION.NO_FIT_INTAKE',
      'APPLICATION.AMOUNT_NOT_ALLOWED',
    ]);
  });

  it('throws the first broken rule with its code', () => {
    expect(codeOf(() => assertEligible(aRequest(), aContext({ intakes: [] })))).toBe(
      'APPLICATION.NO_FIT_INTAKE',
    );
  });
});
