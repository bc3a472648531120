import { IsUUID } from 'class-validator';
import { defineEvent } from '../event-contract';
import { Description } from '../schema-hints.decorator';
import { IsBrin } from '../shared/school.value-object';
import { IsCalendarDate } from '../shared/time.value-object';
import { TOPICS } from '../topics';

export class SubsidyApplicationWithdrawnV1Data {
  @Description('id of the subsidy application')
  @IsUUID()
  applicationId!: string;

  @Description('BRIN of the school')
  @IsBrin()
  brin!: string;

  @Description('id of the subsidy round the application was for')
  @IsUUID()
  roundId!: string;

  @Description('the day the school withdrew the application, YYYY-MM-DD')
  @IsCalendarDate()
  withdrawnOn!: string;
}

export const SubsidyApplicationWithdrawnV1 = defineEvent({
  type: 'SubsidyApplicationWithdrawn',
  version: 1,
  topic: TOPICS.enrolment,
  description: 'A school withdrew its subsidy application.',
  subject: 'BRIN of the school',
  dataClass: SubsidyApplicationWithdrawnV1Data,
});
