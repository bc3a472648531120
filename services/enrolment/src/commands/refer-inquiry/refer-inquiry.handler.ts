import { Injectable } from '@nestjs/common';
import { AggregateStore, type Stored } from '@okr/messaging';
import type { CalendarDay } from '../../domain/calendar-day.value-object';
import { referInquiry, type InquiryState, type Referral } from '../../domain/inquiry.entity';
import { changeOf } from '../change-of';
import { streams } from '../../infrastructure/enrolment.aggregates';

export type ReferInquiry = Referral & {
  readonly inquiryId: string;
  readonly referredOn: CalendarDay;
  readonly notes?: string;
  readonly actor: string;
  /** Set by a bulk import: the row's key, so the change is committed once. */
  readonly causationKey?: string;
};

@Injectable()
export class ReferInquiryHandler {
  constructor(private readonly store: AggregateStore) {}

  async execute({
    inquiryId,
    actor,
    causationKey,
    ...referral
  }: ReferInquiry): Promise<Stored<InquiryState>> {
    return this.store.change<InquiryState>(
      streams.inquiry(inquiryId),
      changeOf('refer-inquiry', actor, causationKey),
      (current) => referInquiry(current, referral),
    );
  }
}
