import { IsIn, IsOptional, IsString, IsUUID, MinLength } from 'class-validator';
import { OnlyWhen } from '../conditional-field.decorator';
import { defineEvent } from '../event-contract';
import { Description } from '../schema-hints.decorator';
import { IsBrin } from '../shared/school.value-object';
import { IsCalendarDate, IsUtcMoment } from '../shared/time.value-object';
import { TOPICS } from '../topics';
import { INQUIRY_CHANNELS, type InquiryChannel } from './enrolment.value-object';

// The question itself and who asked it stay in the enrolment service: events carry no personal data.
export class InquiryReceivedV1Data {
  @Description('id of the inquiry')
  @IsUUID()
  inquiryId!: string;

  @Description('BRIN of the school, when it is registered')
  @IsOptional()
  @IsBrin()
  brin?: string;

  @Description('name of the school as it gave it, only for a school not yet registered (without brin)')
  @IsOptional()
  @IsString()
  @MinLength(1)
  @OnlyWhen((data: InquiryReceivedV1Data) => data.brin === undefined, 'brin is absent')
  schoolName?: string;

  @Description('how the school reached the help desk')
  @IsIn(INQUIRY_CHANNELS)
  channel!: InquiryChannel;

  @Description('when the help desk received the inquiry, ISO 8601 in UTC')
  @IsUtcMoment()
  receivedAt!: string;

  // Added within v1: optional, so events published before it existed stay valid; for those, the day is
  // receivedAt's day in Dutch time (the programme calendar's dayOf).
  @Description('the day the help desk received the inquiry in Dutch time, YYYY-MM-DD')
  @IsOptional()
  @IsCalendarDate()
  receivedOn?: string;
}

export const InquiryReceivedV1 = defineEvent({
  type: 'InquiryReceived',
  version: 1,
  topic: TOPICS.enrolment,
  description: 'The help desk received an inquiry from a school.',
  subject: 'BRIN of the school, or the inquiry id for a school not yet registered',
  dataClass: InquiryReceivedV1Data,
});
