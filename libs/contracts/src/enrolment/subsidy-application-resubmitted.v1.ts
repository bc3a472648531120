import { IsUUID } from 'class-validator';
import { defineEvent } from '../event-contract';
import { Description } from '../schema-hints.decorator';
import { IsBrin } from '../shared/school.value-object';
import { IsCalendarDate } from '../shared/time.value-object';
import { TOPICS } from '../topics';

export class SubsidyApplicationResubmittedV1Data {
  @Description('id of the subsidy application')
  @IsUUID()
  applicationId!: string;

  @Description('BRIN of the school')
  @IsBrin()
  brin!: string;

  @Description('id of the subsidy round the application is for')
  @IsUUID()
  roundId!: string;

  @Description('the day the school resubmitted the application, YYYY-MM-DD')
  @IsCalendarDate()
  resubmittedOn!: string;

  @Description('the day a decision is now due, YYYY-MM-DD: the clock resumed on resubmission')
  @IsCalendarDate()
  decisionDueOn!: string;
}

export const SubsidyApplicationResubmittedV1 = defineEvent({
  type: 'SubsidyApplicationResubmitted',
  version: 1,
  topic: TOPICS.enrolment,
  description:
    'A school resubmitted its subsidy application with the requested information; the decision clock resumed.',
  subject: 'BRIN of the school',
  dataClass: SubsidyApplicationResubmittedV1Data,
});
