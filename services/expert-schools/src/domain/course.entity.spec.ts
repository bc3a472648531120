import { NO_EQUAL_ACCESS_FLAGS } from '@okr/contracts/testing';
import type { AspirantState } from './aspirant.entity';
import { giveCourse } from './course.entity';
import { ExpertSchoolsError } from './expert-schools.errors';

const EXPERT: AspirantState = {
  aspirantId: '0190f4c2-7a1b-7c3d-8e4f-5a6b7c8d9e11',
  brin: '12AB',
  sector: 'VO',
  schoolYear: '2023-2024',
  enrolledOn: '2023-08-20',
  equalAccess: NO_EQUAL_ACCESS_FLAGS,
  status: 'certified',
  team: [],
  certifiedOn: '2024-06-30',
};

function codeOf(act: () => unknown): string | undefined {
  try {
    act();
  } catch (error) {
    if (error instanceof ExpertSchoolsError) return error.code;
    throw error;
  }
  return undefined;
}

describe('a course', () => {
  const course = {
    courseId: '0190f4c2-7a1b-7c3d-8e4f-5a6b7c8d9e14',
    expertSchool: EXPERT,
    kind: 'learning-track' as const,
    title: ' Formatief handelen ',
    sector: 'VO' as const,
    givenOn: '2024-11-01',
    participantBrins: ['56GH', '34CD', '56GH'],
  };

  it('is given by a certified expert school, in the school year of its day, with each participant once', () => {
    const { state, events } = giveCourse(undefined, course);
    expect(state).toMatchObject({
      title: 'Formatief handelen',
      schoolYear: '2024-2025',
      participantBrins: ['34CD', '56GH'],
    });
    expect(events[0]?.data).toMatchObject({
      participantsCount: 2,
      participantBrins: ['34CD', '56GH'],
      kind: 'learning-track',
    });
  });

  it('is refused from a school that is no expert school, to the host itself, before certification, and twice', () => {
    expect(
      codeOf(() => giveCourse(undefined, { ...course, expertSchool: { ...EXPERT, status: 'selected' } })),
    ).toBe('EXPERT_SCHOOL.NOT_FOUND');
    expect(codeOf(() => giveCourse(undefined, { ...course, participantBrins: ['12AB'] }))).toBe(
      'COURSE.PARTICIPANT_IS_HOST',
    );
    expect(codeOf(() => giveCourse(undefined, { ...course, givenOn: '2024-06-01' }))).toBe(
      'DAY.OUT_OF_ORDER',
    );
    const given = giveCourse(undefined, course).state;
    expect(codeOf(() => giveCourse(given, course))).toBe('COURSE.SESSION_ALREADY_GIVEN');
  });
});
