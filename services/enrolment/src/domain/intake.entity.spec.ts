import { IntakeCompletedV1 } from '@okr/contracts';
import { anIntake, codeOf, ids, problemsOf } from '../../test/enrolment.fixtures';
import { completeIntake, latestIntakeFor } from './intake.entity';

const input = {
  intakeId: ids.intake,
  brin: '12AB',
  activity: 'taallab-co-creating',
  outcome: 'fit',
  notes: 'Sterk taalteam, wil co-creëren.',
  heldOn: '2025-02-10',
} as const;

describe('completing an intake', () => {
  it('records the outcome with the pillar of the activity', () => {
    const { state } = completeIntake(undefined, input);

    expect(state).toMatchObject({
      brin: '12AB',
      activity: 'taallab-co-creating',
      pillar: 'co-creation-labs',
      outcome: 'fit',
    });
  });

  it('emits an IntakeCompleted event that satisfies the contract, without the notes', () => {
    const { events } = completeIntake(undefined, { ...input, inquiryId: ids.inquiry });

    expect(events[0]?.data).toMatchObject({ inquiryId: ids.inquiry, outcome: 'fit' });
    expect(problemsOf(IntakeCompletedV1, events[0]?.data)).toEqual([]);
    expect(JSON.stringify(events)).not.toContain('taalteam');
  });

  it('refuses to complete the same intake twice', () => {
    expect(codeOf(() => completeIntake(anIntake(), input))).toBe('INTAKE.ALREADY_COMPLETED');
  });

  it('refuses an unknown activity, an unknown outcome, a malformed BRIN and a day that does not exist', () => {
    expect(codeOf(() => completeIntake(undefined, { ...input, activity: 'chess' as 'groeikracht' }))).toBe(
      'INTAKE.UNKNOWN_ACTIVITY',
    );
    expect(codeOf(() => completeIntake(undefined, { ...input, outcome: 'maybe' as 'fit' }))).toBe(
      'INTAKE.INVALID_OUTCOME',
    );
    expect(codeOf(() => completeIntake(undefined, { ...input, brin: '12ab' }))).toBe('INTAKE.INVALID_BRIN');
    expect(codeOf(() => completeIntake(undefined, { ...input, heldOn: '2025-13-01' }))).toBe(
      'INTAKE.INVALID_DATE',
    );
  });
});

describe('the intake that counts', () => {
  it('is the most recent intake of the school for the activity', () => {
    const intakes = [
      anIntake({ outcome: 'no-fit', heldOn: '2025-01-10' }),
      anIntake({ outcome: 'fit', heldOn: '2025-02-10' }),
      anIntake({ outcome: 'no-fit', heldOn: '2025-03-10', activity: 'development-school' }),
      anIntake({ outcome: 'no-fit', heldOn: '2025-03-10', brin: '34CD' }),
    ];

    expect(latestIntakeFor(intakes, '12AB', 'groeikracht')?.outcome).toBe('fit');
  });

  it('takes a no-fit over a fit held on the same day', () => {
    const intakes = [anIntake({ outcome: 'no-fit' }), anIntake({ outcome: 'fit' })];

    expect(latestIntakeFor(intakes, '12AB', 'groeikracht')?.outcome).toBe('no-fit');
  });

  it('is absent when the pillar held no intake', () => {
    expect(latestIntakeFor([], '12AB', 'groeikracht')).toBeUndefined();
  });
});
