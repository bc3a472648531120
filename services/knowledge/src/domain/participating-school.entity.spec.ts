import {
  noteEnrolment,
  noteWithdrawal,
  type ParticipatingSchoolState,
  takesPart,
} from './participating-school.entity';

const enrolment = { brin: '12AB', activity: 'groeikracht' as const, schoolYear: '2024-2025' };

describe('a participating school', () => {
  it('takes part once enrolled', () => {
    expect(takesPart(undefined)).toBe(false);
    expect(takesPart(noteEnrolment(undefined, { ...enrolment, enrolledOn: '2024-09-01' }).state)).toBe(true);
  });

  it('no longer takes part after withdrawing from its only enrolment', () => {
    const enrolled = noteEnrolment(undefined, enrolment).state;

    expect(takesPart(noteWithdrawal(enrolled, { ...enrolment, withdrawnOn: '2025-01-10' }).state)).toBe(
      false,
    );
  });

  it('still takes part while another enrolment stands', () => {
    let school: ParticipatingSchoolState = noteEnrolment(undefined, enrolment).state;
    school = noteEnrolment(school, { ...enrolment, activity: 'taallab-participating' }).state;
    school = noteWithdrawal(school, { ...enrolment, withdrawnOn: '2025-01-10' }).state;

    expect(takesPart(school)).toBe(true);
  });

  it('ends withdrawn whichever of enrolment and withdrawal is noted first', () => {
    const withdrawnFirst = noteWithdrawal(undefined, { ...enrolment, withdrawnOn: '2025-01-10' }).state;
    const thenEnrolled = noteEnrolment(withdrawnFirst, enrolment).state;

    expect(takesPart(thenEnrolled)).toBe(false);
    expect(thenEnrolled.enrolments['groeikracht|2024-2025']).toEqual({
      activity: 'groeikracht',
      schoolYear: '2024-2025',
      enrolled: true,
      withdrawnOn: '2025-01-10',
    });
  });
});
