import { IsOptional, IsUUID } from 'class-validator';
import { defineEvent } from '../event-contract';
import { Description } from '../schema-hints.decorator';
import { IsBrin } from '../shared/school.value-object';
import { IsCalendarDate } from '../shared/time.value-object';
import { TOPICS } from '../topics';

export class ExploratoryConversationHeldV1Data {
  @Description('id of the inquiry the conversation was about')
  @IsUUID()
  inquiryId!: string;

  @Description('BRIN of the school, when it is registered')
  @IsOptional()
  @IsBrin()
  brin?: string;

  @Description('the day the conversation was held, YYYY-MM-DD')
  @IsCalendarDate()
  heldOn!: string;
}

export const ExploratoryConversationHeldV1 = defineEvent({
  type: 'ExploratoryConversationHeld',
  version: 1,
  topic: TOPICS.enrolment,
  description:
    'The help desk held an exploratory conversation (verkennend gesprek) with a school about its inquiry.',
  subject: 'BRIN of the school, or the inquiry id for a school not yet registered',
  dataClass: ExploratoryConversationHeldV1Data,
});
