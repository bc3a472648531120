import { aContext, anIntake, aRequest, aRound } from '../../test/enrolment.fixtures';
import {
  catalogueInForceAt,
  DEFAULT_ACTIVITY_CATALOGUE,
  type ActivityCatalogue,
  type CatalogueVersion,
} from './activity-catalogue.value-object';
import { eligibilityProblems, type EligibilityContext } from './eligibility.rules';

// An application recorded today about a day in the past is checked against the facts as they stood on that
// day: one table per rule, each row a context and the outcome on the day of submission.
const codesOf = (submittedAt: string, context: EligibilityContext): string[] =>
  eligibilityProblems(aRequest({ submittedAt: new Date(submittedAt) }), context).map(
    (problem) => problem.code,
  );

describe('an application dated in the past is checked as of its day', () => {
  // A 2023 round: open from 2023-03-01 to 2023-04-01, long closed today.
  const round2023 = aRound({
    schoolYear: '2023-2024',
    opensAt: new Date('2023-03-01T08:00:00Z'),
    closesAt: new Date('2023-04-01T15:00:00Z'),
  });
  const in2023 = (changes: Partial<EligibilityContext> = {}): EligibilityContext =>
    aContext({
      round: round2023,
      intakes: [anIntake({ heldOn: '2023-02-10' })],
      exploratoryConversationsOn: ['2023-02-01'],
      ...changes,
    });

  it.each([
    ['inside the round, long closed today', '2023-03-15T10:00:00Z', []],
    ['the moment it opened', '2023-03-01T08:00:00Z', []],
    ['a moment before it opened', '2023-03-01T07:59:59Z', ['APPLICATION.ROUND_CLOSED']],
    ['the moment it closed', '2023-04-01T15:00:00Z', ['APPLICATION.ROUND_CLOSED']],
  ])('round-open: submitted %s', (_case, submittedAt, codes) => {
    expect(codesOf(submittedAt, in2023())).toEqual(codes);
  });

  it.each([
    ['a conversation before the day', ['2023-02-01'], []],
    ['a conversation on the day', ['2023-03-15'], []],
    ['one before and one after the day', ['2023-05-01', '2023-02-01'], []],
    ['only a conversation after the day', ['2023-05-01'], ['APPLICATION.DATE_OUT_OF_ORDER']],
    ['no conversation at all', [], ['APPLICATION.NO_EXPLORATORY_CONVERSATION']],
  ])('application-after-conversation: %s', (_case, exploratoryConversationsOn, codes) => {
    expect(codesOf('2023-03-15T10:00:00Z', in2023({ exploratoryConversationsOn }))).toEqual(codes);
  });

  it.each([
    ['a fit before the day', [anIntake({ heldOn: '2023-02-10' })], []],
    [
      'a fit before the day and a no-fit after it',
      [anIntake({ heldOn: '2023-02-10' }), anIntake({ heldOn: '2023-06-01', outcome: 'no-fit' })],
      [],
    ],
    [
      'a no-fit before the day and a fit after it',
      [anIntake({ heldOn: '2023-02-10', outcome: 'no-fit' }), anIntake({ heldOn: '2023-06-01' })],
      ['APPLICATION.DATE_OUT_OF_ORDER'],
    ],
    ['only a fit after the day', [anIntake({ heldOn: '2023-06-01' })], ['APPLICATION.DATE_OUT_OF_ORDER']],
    [
      'a no-fit before the day, nothing later',
      [anIntake({ heldOn: '2023-02-10', outcome: 'no-fit' })],
      ['APPLICATION.NO_FIT_INTAKE'],
    ],
  ])('fit-intake as of the day: %s', (_case, intakes, codes) => {
    expect(codesOf('2023-03-15T10:00:00Z', in2023({ intakes }))).toEqual(codes);
  });

  it('names the rule and the earliest day allowed when the only intake came later', () => {
    const [problem] = eligibilityProblems(
      aRequest({ submittedAt: new Date('2023-03-15T10:00:00Z') }),
      in2023({ intakes: [anIntake({ heldOn: '2023-06-01' })] }),
    );

    expect(problem?.details).toMatchObject({
      rule: 'application-after-intake',
      day: '2023-03-15',
      earliest: '2023-06-01',
    });
  });
});

describe('the activity catalogue in force at a moment', () => {
  const withoutGroeikracht: ActivityCatalogue = DEFAULT_ACTIVITY_CATALOGUE.filter(
    (entry) => entry.activity !== 'groeikracht',
  );
  const onlyGroeikracht: ActivityCatalogue = DEFAULT_ACTIVITY_CATALOGUE.filter(
    (entry) => entry.activity === 'groeikracht',
  );
  const versions: CatalogueVersion[] = [
    { entries: withoutGroeikracht, inForceFrom: '2024-01-01T00:00:00.000Z' },
    { entries: onlyGroeikracht, inForceFrom: '2025-06-01T00:00:00.000Z' },
  ];

  it.each([
    ['before any edit: the built-in default', '2023-03-15T10:00:00Z', DEFAULT_ACTIVITY_CATALOGUE],
    ['the moment the first edit applies', '2024-01-01T00:00:00Z', withoutGroeikracht],
    ['between the edits: the first', '2025-01-15T10:00:00Z', withoutGroeikracht],
    ['after the second edit', '2026-01-15T10:00:00Z', onlyGroeikracht],
  ])('%s', (_case, moment, expected) => {
    expect(catalogueInForceAt(versions, new Date(moment))).toBe(expected);
  });

  it('applies a version saved before versions were dated from the start', () => {
    expect(catalogueInForceAt([{ entries: onlyGroeikracht }], new Date('2023-01-01T00:00:00Z'))).toBe(
      onlyGroeikracht,
    );
  });

  it('checks an application of 2023 against the catalogue of 2023, not against a later edit', () => {
    const at = '2023-03-15T10:00:00Z';
    const context = (catalogue: ActivityCatalogue): EligibilityContext =>
      aContext({
        round: aRound({
          opensAt: new Date('2023-03-01T08:00:00Z'),
          closesAt: new Date('2023-04-01T15:00:00Z'),
        }),
        exploratoryConversationsOn: ['2023-02-01'],
        intakes: [anIntake({ heldOn: '2023-02-10' })],
        catalogue,
      });

    expect(codesOf(at, context(catalogueInForceAt(versions, new Date(at))))).toEqual([]);
    expect(codesOf(at, context(withoutGroeikracht))).toEqual(['APPLICATION.ACTIVITY_NOT_OFFERED']);
  });
});
