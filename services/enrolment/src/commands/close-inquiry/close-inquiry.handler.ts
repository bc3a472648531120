import { Injectable } from '@nestjs/common';
import type { InquiryOutcome } from '@okr/contracts';
import { AggregateStore, type Stored } from '@okr/messaging';
import type { CalendarDay } from '../../domain/calendar-day.value-object';
import { closeInquiry, type InquiryState } from '../../domain/inquiry.entity';
import { changeOf } from '../change-of';
import { streams } from '../../infrastructure/enrolment.aggregates';

export interface CloseInquiry {
  readonly inquiryId: string;
  readonly closedOn: CalendarDay;
  readonly outcome: InquiryOutcome;
  readonly actor: string;
  /** Set by a bulk import: the row's key, so the change is committed once. */
  readonly causationKey?: string;
}

@Injectable()
export class CloseInquiryHandler {
  constructor(private readonly store: AggregateStore) {}

  async execute({ inquiryId, actor, causationKey, ...closing }: CloseInquiry): Promise<Stored<InquiryState>> {
    return this.store.change<InquiryState>(
      streams.inquiry(inquiryId),
      changeOf('close-inquiry', actor, causationKey),
      (current) => closeInquiry(current, closing),
    );
  }
}
