import { Injectable } from '@nestjs/common';
import type { CalendarDay } from '../../domain/calendar-day.value-object';
import { referInquiry, type InquiryState, type Referral } from '../../domain/inquiry.entity';
import { EnrolmentStore, type Stored } from '../../infrastructure/enrolment.store';
import { AGGREGATE_TYPES, streams } from '../../infrastructure/enrolment.streams';

export type ReferInquiry = Referral & {
  readonly inquiryId: string;
  readonly referredOn: CalendarDay;
  readonly notes?: string;
  readonly actor: string;
};

@Injectable()
export class ReferInquiryHandler {
  constructor(private readonly store: EnrolmentStore) {}

  async execute({ inquiryId, actor, ...referral }: ReferInquiry): Promise<Stored<InquiryState>> {
    return this.store.change<InquiryState>(
      streams.inquiry(inquiryId),
      { command: 'refer-inquiry', actor, aggregateType: AGGREGATE_TYPES.inquiry },
      (current) => referInquiry(current, referral),
    );
  }
}
