import { IsIn, IsInt, IsUUID, Min } from 'class-validator';
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
import { IsBrin, SECTORS, type Sector } from '../shared/school.value-object';
import { IsCalendarDate } from '../shared/time.value-object';
import { TOPICS } from '../topics';

export class SubsidyGrantedV1Data {
  @Description('id of the subsidy application')
  @IsUUID()
  applicationId!: string;

  @Description('BRIN of the school')
  @IsBrin()
  brin!: string;

  @Description('the activity the subsidy is for')
  @IsIn(ACTIVITIES)
  activity!: Activity;

  @Description('the pillar the activity belongs to')
  @IsIn(PILLARS)
  @IsPillarOfActivity()
  pillar!: Pillar;

  @Description('PO (primary) or VO (secondary)')
  @IsIn(SECTORS)
  sector!: Sector;

  @Description('id of the subsidy round the application was for')
  @IsUUID()
  roundId!: string;

  @Description('the school year the subsidy is for, e.g. 2024-2025')
  @IsSchoolYear()
  schoolYear!: string;

  @Description('the amount granted, in euro cents')
  @IsInt()
  @Min(0)
  grantedAmountCents!: number;

  @Description('the day of the decision, YYYY-MM-DD')
  @IsCalendarDate()
  decidedOn!: string;
}

export const SubsidyGrantedV1 = defineEvent({
  type: 'SubsidyGranted',
  version: 1,
  topic: TOPICS.enrolment,
  description: 'A subsidy officer granted a subsidy application.',
  subject: 'BRIN of the school',
  dataClass: SubsidyGrantedV1Data,
});
