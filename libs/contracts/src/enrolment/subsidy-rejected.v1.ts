import { IsIn, IsUUID } from 'class-validator';
import { defineEvent } from '../event-contract';
import { Description } from '../schema-hints.decorator';
import { ACTIVITIES, IsSchoolYear, type Activity } from '../shared/programme.value-object';
import { IsBrin } from '../shared/school.value-object';
import { IsCalendarDate } from '../shared/time.value-object';
import { TOPICS } from '../topics';
import { REJECTION_REASON_CODES, type RejectionReasonCode } from './enrolment.value-object';

// The reason in words, as written to the school, stays in the enrolment service.
export class SubsidyRejectedV1Data {
  @Description('id of the subsidy application')
  @IsUUID()
  applicationId!: string;

  @Description('BRIN of the school')
  @IsBrin()
  brin!: string;

  @Description('the activity the school applied for')
  @IsIn(ACTIVITIES)
  activity!: Activity;

  @Description('id of the subsidy round the application was for')
  @IsUUID()
  roundId!: string;

  @Description('the school year the school applied for, e.g. 2024-2025')
  @IsSchoolYear()
  schoolYear!: string;

  @Description('why the application was rejected')
  @IsIn(REJECTION_REASON_CODES)
  reasonCode!: RejectionReasonCode;

  @Description('the day of the decision, YYYY-MM-DD')
  @IsCalendarDate()
  decidedOn!: string;
}

export const SubsidyRejectedV1 = defineEvent({
  type: 'SubsidyRejected',
  version: 1,
  topic: TOPICS.enrolment,
  description: 'A subsidy officer rejected a subsidy application, with a reason code.',
  subject: 'BRIN of the school',
  dataClass: SubsidyRejectedV1Data,
});
