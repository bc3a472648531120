import { schoolYearOf, type CalendarDay, type CourseKind, type Sector } from '@okr/contracts';
import type { AspirantState } from './aspirant.entity';
import { domainEvent, type Decision, type DomainEvent } from './expert-schools-event.value-object';
import { ExpertSchoolsError } from './expert-schools.errors';
import { assertNotBefore } from './school-days.rules';

/** A course (learning track) an expert school gave, or its yearly knowledge-sharing session. */
export interface CourseState {
  readonly courseId: string;
  readonly expertSchoolBrin: string;
  readonly kind: CourseKind;
  readonly title: string;
  readonly sector: Sector;
  readonly schoolYear: string;
  readonly givenOn: CalendarDay;
  /** BRINs of the schools that took part. */
  readonly participantBrins: readonly string[];
}

/**
 * Records a course an expert school gave, for the sector it was given for, with the schools that took part.
 * A knowledge-sharing session is yearly: its id is that of the school and year, so a second one is refused.
 */
export function giveCourse(
  current: CourseState | undefined,
  input: {
    readonly courseId: string;
    readonly expertSchool: AspirantState;
    readonly kind: CourseKind;
    readonly title: string;
    readonly sector: Sector;
    readonly givenOn: CalendarDay;
    readonly participantBrins: readonly string[];
  },
): Decision<CourseState, DomainEvent<'CourseGiven'>> {
  const { expertSchool } = input;
  if (current) {
    throw new ExpertSchoolsError(
      'COURSE.SESSION_ALREADY_GIVEN',
      `${expertSchool.brin} gave its knowledge-sharing session of ${current.schoolYear} on ${current.givenOn}`,
      { courseId: current.courseId, givenOn: current.givenOn },
    );
  }
  if (expertSchool.status !== 'certified' || expertSchool.certifiedOn === undefined) {
    throw new ExpertSchoolsError(
      'EXPERT_SCHOOL.NOT_FOUND',
      `School ${expertSchool.brin} is no expert school`,
      {
        brin: expertSchool.brin,
      },
    );
  }
  const participantBrins = [...new Set(input.participantBrins)].sort();
  if (participantBrins.includes(expertSchool.brin)) {
    throw new ExpertSchoolsError(
      'COURSE.PARTICIPANT_IS_HOST',
      'The expert school does not take its own course',
      {
        brin: expertSchool.brin,
      },
    );
  }
  assertNotBefore(input.givenOn, expertSchool.certifiedOn, 'The course');
  const state: CourseState = {
    courseId: input.courseId,
    expertSchoolBrin: expertSchool.brin,
    kind: input.kind,
    title: input.title.trim(),
    sector: input.sector,
    schoolYear: schoolYearOf(input.givenOn),
    givenOn: input.givenOn,
    participantBrins,
  };
  return {
    state,
    events: [
      domainEvent('CourseGiven', {
        courseId: state.courseId,
        expertSchoolBrin: state.expertSchoolBrin,
        sector: state.sector,
        kind: state.kind,
        schoolYear: state.schoolYear,
        participantsCount: participantBrins.length,
        participantBrins: [...participantBrins],
        givenOn: state.givenOn,
      }),
    ],
  };
}
