import { Injectable } from '@nestjs/common';
import { AggregateStore, type Stored } from '@okr/messaging';
import type { CalendarDay } from '../../domain/calendar-day.value-object';
import { holdExploratoryConversation, type InquiryState } from '../../domain/inquiry.entity';
import { changeOf } from '../change-of';
import { streams } from '../../infrastructure/enrolment.aggregates';

export interface HoldExploratoryConversation {
  readonly inquiryId: string;
  readonly heldOn: CalendarDay;
  readonly notes: string;
  readonly actor: string;
  /** Set by a bulk import: the row's key, so the change is committed once. */
  readonly causationKey?: string;
}

@Injectable()
export class HoldExploratoryConversationHandler {
  constructor(private readonly store: AggregateStore) {}

  async execute({
    inquiryId,
    actor,
    causationKey,
    ...conversation
  }: HoldExploratoryConversation): Promise<Stored<InquiryState>> {
    return this.store.change<InquiryState>(
      streams.inquiry(inquiryId),
      changeOf('hold-exploratory-conversation', actor, causationKey),
      (current) => holdExploratoryConversation(current, conversation),
    );
  }
}
