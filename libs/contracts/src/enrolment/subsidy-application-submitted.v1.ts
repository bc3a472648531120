import { IsIn, IsInt, IsOptional, IsUUID, Min } from 'class-validator';
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
import { IsBrin } from '../shared/school.value-object';
import { IsCalendarDate, IsUtcMoment } from '../shared/time.value-object';
import { TOPICS } from '../topics';

export class SubsidyApplicationSubmittedV1Data {
  @Description('id of the subsidy application')
  @IsUUID()
  applicationId!: string;

  @Description('BRIN of the school')
  @IsBrin()
  brin!: string;

  @Description('the activity the school applies for')
  @IsIn(ACTIVITIES)
  activity!: Activity;

  @Description('the pillar the activity belongs to')
  @IsIn(PILLARS)
  @IsPillarOfActivity()
  pillar!: Pillar;

  @Description('id of the subsidy round the application is for')
  @IsUUID()
  roundId!: string;

  @Description('the school year the school applies for, e.g. 2024-2025')
  @IsSchoolYear()
  schoolYear!: string;

  @Description('the amount the school asks for, in euro cents')
  @IsInt()
  @Min(0)
  requestedAmountCents!: number;

  @Description('when the school submitted the application, ISO 8601 in UTC')
  @IsUtcMoment()
  submittedAt!: string;

  @Description('the day a decision is due, YYYY-MM-DD: 13 weeks after submission')
  @IsCalendarDate()
  decisionDueOn!: string;

  // Added within v1: optional, so events published before it existed stay valid; for those, the day is
  // submittedAt's day in Dutch time (the programme calendar's dayOf).
  @Description('the day the school submitted the application in Dutch time, YYYY-MM-DD')
  @IsOptional()
  @IsCalendarDate()
  submittedOn?: string;
}

export const SubsidyApplicationSubmittedV1 = defineEvent({
  type: 'SubsidyApplicationSubmitted',
  version: 1,
  topic: TOPICS.enrolment,
  description: 'A school submitted a subsidy application for an activity in a subsidy round.',
  subject: 'BRIN of the school',
  dataClass: SubsidyApplicationSubmittedV1Data,
});
