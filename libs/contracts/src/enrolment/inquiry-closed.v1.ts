import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { defineEvent } from '../event-contract';
import { Description } from '../schema-hints.decorator';
import { IsBrin } from '../shared/school.value-object';
import { IsCalendarDate } from '../shared/time.value-object';
import { TOPICS } from '../topics';
import { INQUIRY_OUTCOMES, type InquiryOutcome } from './enrolment.value-object';

export class InquiryClosedV1Data {
  @Description('id of the inquiry')
  @IsUUID()
  inquiryId!: string;

  @Description('BRIN of the school, when it is registered')
  @IsOptional()
  @IsBrin()
  brin?: string;

  @Description('the day the inquiry was closed, YYYY-MM-DD')
  @IsCalendarDate()
  closedOn!: string;

  @Description('how the inquiry ended')
  @IsIn(INQUIRY_OUTCOMES)
  outcome!: InquiryOutcome;
}

export const InquiryClosedV1 = defineEvent({
  type: 'InquiryClosed',
  version: 1,
  topic: TOPICS.enrolment,
  description: 'The help desk closed an inquiry, with how it ended.',
  subject: 'BRIN of the school, or the inquiry id for a school not yet registered',
  dataClass: InquiryClosedV1Data,
});
