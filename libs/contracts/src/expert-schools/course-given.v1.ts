import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsInt, IsUUID, Matches, Min } from 'class-validator';
import { defineEvent } from '../event-contract';
import { Description } from '../schema-hints.decorator';
import { IsSchoolYear } from '../shared/programme.value-object';
import { BRIN_PATTERN, IsBrin, SECTORS, type Sector } from '../shared/school.value-object';
import { IsCalendarDate } from '../shared/time.value-object';
import { TOPICS } from '../topics';
import { COURSE_KINDS, type CourseKind } from './expert-schools.value-object';

export class CourseGivenV1Data {
  @Description('id of the course')
  @IsUUID()
  courseId!: string;

  @Description('BRIN of the expert school that gave it')
  @IsBrin()
  expertSchoolBrin!: string;

  @Description('the sector the course was given for: PO (primary) or VO (secondary)')
  @IsIn(SECTORS)
  sector!: Sector;

  @Description('a learning track, or the yearly knowledge-sharing session')
  @IsIn(COURSE_KINDS)
  kind!: CourseKind;

  @Description('the school year the course was given in, e.g. 2025-2026')
  @IsSchoolYear()
  schoolYear!: string;

  @Description('the number of schools that took part')
  @IsInt()
  @Min(0)
  participantsCount!: number;

  @Description('BRINs of the schools that took part')
  @IsArray()
  @ArrayMaxSize(500)
  @ArrayUnique()
  @Matches(BRIN_PATTERN, { each: true, message: 'each value in $property must be a BRIN' })
  participantBrins!: string[];

  @Description('the day the course was given (its last session), YYYY-MM-DD')
  @IsCalendarDate()
  givenOn!: string;
}

export const CourseGivenV1 = defineEvent({
  type: 'CourseGiven',
  version: 1,
  topic: TOPICS.expertSchools,
  description: 'An expert school gave a course (a learning track) or its yearly knowledge-sharing session.',
  subject: 'BRIN of the expert school',
  dataClass: CourseGivenV1Data,
});
