import { Injectable } from '@nestjs/common';
import type { CalendarDay } from '../../domain/calendar-day.value-object';
import { holdExploratoryConversation, type InquiryState } from '../../domain/inquiry.entity';
import { EnrolmentStore, type Stored } from '../../infrastructure/enrolment.store';
import { AGGREGATE_TYPES, streams } from '../../infrastructure/enrolment.streams';

export interface HoldExploratoryConversation {
  readonly inquiryId: string;
  readonly heldOn: CalendarDay;
  readonly notes: string;
  readonly actor: string;
}

@Injectable()
export class HoldExploratoryConversationHandler {
  constructor(private readonly store: EnrolmentStore) {}

  async execute({
    inquiryId,
    actor,
    ...conversation
  }: HoldExploratoryConversation): Promise<Stored<InquiryState>> {
    return this.store.change<InquiryState>(
      streams.inquiry(inquiryId),
      { command: 'hold-exploratory-conversation', actor, aggregateType: AGGREGATE_TYPES.inquiry },
      (current) => holdExploratoryConversation(current, conversation),
    );
  }
}
