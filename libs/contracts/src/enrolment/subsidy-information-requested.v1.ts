import { IsUUID } from 'class-validator';
import { defineEvent } from '../event-contract';
import { Description } from '../schema-hints.decorator';
import { IsBrin } from '../shared/school.value-object';
import { IsCalendarDate } from '../shared/time.value-object';
import { TOPICS } from '../topics';

// What was asked stays in the enrolment service.
export class SubsidyInformationRequestedV1Data {
  @Description('id of the subsidy application')
  @IsUUID()
  applicationId!: string;

  @Description('BRIN of the school')
  @IsBrin()
  brin!: string;

  @Description('id of the subsidy round the application is for')
  @IsUUID()
  roundId!: string;

  @Description('the day the information was requested, YYYY-MM-DD; the decision clock stops from then')
  @IsCalendarDate()
  requestedOn!: string;
}

export const SubsidyInformationRequestedV1 = defineEvent({
  type: 'SubsidyInformationRequested',
  version: 1,
  topic: TOPICS.enrolment,
  description:
    'A subsidy officer asked a school for more information on its application, stopping the decision clock.',
  subject: 'BRIN of the school',
  dataClass: SubsidyInformationRequestedV1Data,
});
