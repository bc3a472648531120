import { Type } from 'class-transformer';
import { IsIn, IsObject, IsOptional, IsString, IsUUID, ValidateNested } from 'class-validator';
import { defineEvent } from '../event-contract';
import { Description } from '../schema-hints.decorator';
import {
  ACTIVITIES,
  IsPillarOfActivity,
  IsSchoolYear,
  PILLARS,
  type Activity,
  type Pillar,
} from '../shared/programme.value-object';
import { EqualAccessFlags, IsBrin, SECTORS, type Sector } from '../shared/school.value-object';
import { IsCalendarDate } from '../shared/time.value-object';
import { TOPICS } from '../topics';

// v2 adds the day of the enrolment, required: with v1 a quarter's figures depended on when events were
// published. It also requires the participation id (every enrolment starts one) and the pillar of the activity.
export class SchoolEnrolledV2Data {
  @Description('BRIN of the school')
  @IsBrin()
  brin!: string;

  @Description('the activity the school enrolled in')
  @IsIn(ACTIVITIES)
  activity!: Activity;

  @Description('the pillar the activity belongs to')
  @IsIn(PILLARS)
  @IsPillarOfActivity()
  pillar!: Pillar;

  @Description('PO (primary) or VO (secondary)')
  @IsIn(SECTORS)
  sector!: Sector;

  @Description('the school year of the enrolment, two consecutive years, e.g. 2024-2025')
  @IsSchoolYear()
  schoolYear!: string;

  @Description('the day the school enrolled, YYYY-MM-DD')
  @IsCalendarDate()
  enrolledOn!: string;

  @Description('the equal-access criteria the school met when it enrolled (a snapshot, not kept up to date)')
  // ValidateNested alone lets a missing object through; IsObject makes the field required.
  @IsObject()
  @ValidateNested()
  @Type(() => EqualAccessFlags)
  equalAccess!: EqualAccessFlags;

  @Description('id of the participation the enrolment starts; later participation events carry it')
  @IsUUID()
  participationId!: string;

  @Description('the subsidy application the enrolment came from, if any')
  @IsOptional()
  @IsString()
  applicationId?: string;

  @Description('the subsidy round of the application the enrolment came from, if any')
  @IsOptional()
  @IsUUID()
  roundId?: string;
}

export const SchoolEnrolledV2 = defineEvent({
  type: 'SchoolEnrolled',
  version: 2,
  topic: TOPICS.enrolment,
  description: 'A school enrolled in an activity of a pillar for a school year, on a day.',
  subject: 'BRIN of the school',
  dataClass: SchoolEnrolledV2Data,
});
