import { type CourseKind, CourseGivenV1, type CourseGivenV1Data } from '@okr/contracts';
import type { Sector } from '../../views';
import { handlerFor, projection, type FactEvent } from '../projection';

/** A course or knowledge-sharing session an expert school gave, by course id. */
export interface ExpertSchoolCourseFact {
  courseId: string;
  /** The expert school that gave it: the school whose live view the course counts in. */
  brin: string;
  sector: Sector;
  kind: CourseKind;
  schoolYear: string;
  givenOn: string;
  participantsCount: number;
  stamp: string;
}

const on = handlerFor<ExpertSchoolCourseFact>();

/** Courses given; a course is given once, so the latest recording of it (by stamp) is the record. */
export const expertSchoolCourseProjection = projection('expertSchoolCourses', [
  on(CourseGivenV1, {
    key: (data) => data.courseId,
    initial: courseOf,
    evolve: (course, event) => {
      const next = courseOf(event);
      if (next.stamp > course.stamp) Object.assign(course, next);
    },
  }),
]);

function courseOf({ data, stamp }: FactEvent<CourseGivenV1Data>): ExpertSchoolCourseFact {
  return {
    courseId: data.courseId,
    brin: data.expertSchoolBrin,
    sector: data.sector,
    kind: data.kind,
    schoolYear: data.schoolYear,
    givenOn: data.givenOn,
    participantsCount: data.participantsCount,
    stamp,
  };
}
