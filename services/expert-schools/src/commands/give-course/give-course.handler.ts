import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { schoolYearOf, type CalendarDay, type CourseKind, type Sector } from '@okr/contracts';
import { AggregateStore, type Stored } from '@okr/messaging';
import { giveCourse, type CourseState } from '../../domain/course.entity';
import { knowledgeSharingSessionIdFor, streams } from '../../infrastructure/expert-schools.aggregates';
import { ExpertSchoolsDirectory } from '../../infrastructure/expert-schools.directory';

export interface GiveCourse {
  readonly expertSchoolBrin: string;
  readonly kind: CourseKind;
  readonly title: string;
  readonly sector: Sector;
  readonly givenOn: CalendarDay;
  readonly participantBrins: readonly string[];
  readonly actor: string;
}

@Injectable()
export class GiveCourseHandler {
  constructor(
    private readonly store: AggregateStore,
    private readonly directory: ExpertSchoolsDirectory,
  ) {}

  async execute({ expertSchoolBrin, actor, ...course }: GiveCourse): Promise<Stored<CourseState>> {
    const expertSchool = await this.directory.expertSchool(expertSchoolBrin);
    // A session is yearly: its id is the school's and year's, so the second one finds the first.
    const courseId =
      course.kind === 'knowledge-sharing-session'
        ? knowledgeSharingSessionIdFor(expertSchoolBrin, schoolYearOf(course.givenOn))
        : randomUUID();
    return this.store.change<CourseState>(
      streams.course(courseId),
      { command: 'give-course', actor, expectNew: true },
      (current) => giveCourse(current, { courseId, expertSchool, ...course }),
    );
  }
}
