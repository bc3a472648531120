import { Type } from 'class-transformer';
import { IsIn, IsObject, IsOptional, IsString, IsUUID, ValidateNested } from 'class-validator';
import { defineEvent } from '../event-contract';
import { Description } from '../schema-hints.decorator';
import {
  ACTIVITIES,
  IsSchoolYear,
  PILLARS,
  type Activity,
  type Pillar,
} from '../shared/programme.value-object';
import { EqualAccessFlags, IsBrin, SECTORS, type Sector } from '../shared/school.value-object';
import { TOPICS } from '../topics';

export class SchoolEnrolledV1Data {
  @Description('BRIN of the school')
  @IsBrin()
  brin!: string;

  @Description('the activity the school enrolled in')
  @IsIn(ACTIVITIES)
  activity!: Activity;

  @Description('the pillar the activity belongs to')
  @IsIn(PILLARS)
  pillar!: Pillar;

  @Description('PO (primary) or VO (secondary)')
  @IsIn(SECTORS)
  sector!: Sector;

  @Description('the school year of the enrolment, two consecutive years, e.g. 2024-2025')
  @IsSchoolYear()
  schoolYear!: string;

  @Description('the equal-access criteria the school met when it enrolled (a snapshot, not kept up to date)')
  // ValidateNested alone lets a missing object through; IsObject makes the field required.
  @IsObject()
  @ValidateNested()
  @Type(() => EqualAccessFlags)
  equalAccess!: EqualAccessFlags;

  @Description('the subsidy application the enrolment came from, if any')
  @IsOptional()
  @IsString()
  applicationId?: string;

  // Added within v1: optional, so events published before they existed stay valid.
  @Description('id of the participation the enrolment starts; later participation events carry it')
  @IsOptional()
  @IsUUID()
  participationId?: string;

  @Description('the subsidy round of the application the enrolment came from, if any')
  @IsOptional()
  @IsUUID()
  roundId?: string;
}

export const SchoolEnrolledV1 = defineEvent({
  type: 'SchoolEnrolled',
  version: 1,
  topic: TOPICS.enrolment,
  description: 'A school enrolled in an activity of a pillar for a school year.',
  subject: 'BRIN of the school',
  dataClass: SchoolEnrolledV1Data,
});
