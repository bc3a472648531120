import { Injectable } from '@nestjs/common';
import { AggregateStore, type Stored } from '@okr/messaging';
import type { CalendarDay } from '../../domain/calendar-day.value-object';
import { holdExploratoryConversation, type InquiryState } from '../../domain/inquiry.entity';
import { streams } from '../../infrastructure/enrolment.aggregates';

export interface HoldExploratoryConversation {
  readonly inquiryId: string;
  readonly heldOn: CalendarDay;
  readonly notes: string;
  readonly actor: string;
}

@Injectable()
export class HoldExploratoryConversationHandler {
  constructor(private readonly store: AggregateStore) {}

  async execute({
    inquiryId,
    actor,
    ...conversation
  }: HoldExploratoryConversation): Promise<Stored<InquiryState>> {
    return this.store.change<InquiryState>(
      streams.inquiry(inquiryId),
      { command: 'hold-exploratory-conversation', actor },
      (current) => holdExploratoryConversation(current, conversation),
    );
  }
}
