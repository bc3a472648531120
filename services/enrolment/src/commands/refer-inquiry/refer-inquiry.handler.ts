import { Injectable } from '@nestjs/common';
import { AggregateStore, type Stored } from '@okr/messaging';
import type { CalendarDay } from '../../domain/calendar-day.value-object';
import { referInquiry, type InquiryState, type Referral } from '../../domain/inquiry.entity';
import { streams } from '../../infrastructure/enrolment.aggregates';

export type ReferInquiry = Referral & {
  readonly inquiryId: string;
  readonly referredOn: CalendarDay;
  readonly notes?: string;
  readonly actor: string;
};

@Injectable()
export class ReferInquiryHandler {
  constructor(private readonly store: AggregateStore) {}

  async execute({ inquiryId, actor, ...referral }: ReferInquiry): Promise<Stored<InquiryState>> {
    return this.store.change<InquiryState>(
      streams.inquiry(inquiryId),
      { command: 'refer-inquiry', actor },
      (current) => referInquiry(current, referral),
    );
  }
}
