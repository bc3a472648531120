import { Injectable } from '@nestjs/common';
import { AggregateStore, type Stored } from '@okr/messaging';
import type { CalendarDay } from '../../domain/calendar-day.value-object';
import { eraseContact, type InquiryState } from '../../domain/inquiry.entity';
import { streams } from '../../infrastructure/enrolment.aggregates';

export interface EraseInquiryContact {
  readonly inquiryId: string;
  readonly erasedOn: CalendarDay;
  readonly actor: string;
}

@Injectable()
export class EraseInquiryContactHandler {
  constructor(private readonly store: AggregateStore) {}

  /**
   * Commits the anonymised inquiry, then removes the person from the earlier versions too: otherwise the audit
   * trail would still hold what the erasure was asked for. The scrub runs also when the latest version had no
   * contact left, so repeating the request finishes an erasure that stopped halfway.
   */
  async execute({ inquiryId, erasedOn, actor }: EraseInquiryContact): Promise<Stored<InquiryState>> {
    const stream = streams.inquiry(inquiryId);
    const erased = await this.store.change<InquiryState>(
      stream,
      { command: 'erase-inquiry-contact', actor },
      (current) => eraseContact(current, { erasedOn }),
    );
    await this.store.redact(stream, 'state.contact');
    return erased;
  }
}
