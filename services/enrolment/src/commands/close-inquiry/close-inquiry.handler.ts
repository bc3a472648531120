import { Injectable } from '@nestjs/common';
import type { InquiryOutcome } from '@okr/contracts';
import type { CalendarDay } from '../../domain/calendar-day.value-object';
import { closeInquiry, type InquiryState } from '../../domain/inquiry.entity';
import { EnrolmentStore, type Stored } from '../../infrastructure/enrolment.store';
import { AGGREGATE_TYPES, streams } from '../../infrastructure/enrolment.streams';

export interface CloseInquiry {
  readonly inquiryId: string;
  readonly closedOn: CalendarDay;
  readonly outcome: InquiryOutcome;
  readonly actor: string;
}

@Injectable()
export class CloseInquiryHandler {
  constructor(private readonly store: EnrolmentStore) {}

  async execute({ inquiryId, actor, ...closing }: CloseInquiry): Promise<Stored<InquiryState>> {
    return this.store.change<InquiryState>(
      streams.inquiry(inquiryId),
      { command: 'close-inquiry', actor, aggregateType: AGGREGATE_TYPES.inquiry },
      (current) => closeInquiry(current, closing),
    );
  }
}
