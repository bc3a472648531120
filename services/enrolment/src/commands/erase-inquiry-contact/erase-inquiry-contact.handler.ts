import { Injectable } from '@nestjs/common';
import { CommitStore } from '@okr/messaging';
import type { CalendarDay } from '../../domain/calendar-day.value-object';
import { eraseContact, type InquiryState } from '../../domain/inquiry.entity';
import { EnrolmentStore, type Stored } from '../../infrastructure/enrolment.store';
import { AGGREGATE_TYPES, streams } from '../../infrastructure/enrolment.streams';

export interface EraseInquiryContact {
  readonly inquiryId: string;
  readonly erasedOn: CalendarDay;
  readonly actor: string;
}

@Injectable()
export class EraseInquiryContactHandler {
  constructor(
    private readonly store: EnrolmentStore,
    private readonly commits: CommitStore,
  ) {}

  /**
   * Commits the anonymised inquiry, then removes the person from the earlier versions too: otherwise the audit
   * trail would still hold what the erasure was asked for. The scrub runs also when the latest version had no
   * contact left, so repeating the request finishes an erasure that stopped halfway.
   */
  async execute({ inquiryId, erasedOn, actor }: EraseInquiryContact): Promise<Stored<InquiryState>> {
    const stream = streams.inquiry(inquiryId);
    const erased = await this.store.change<InquiryState>(
      stream,
      { command: 'erase-inquiry-contact', actor, aggregateType: AGGREGATE_TYPES.inquiry },
      (current) => eraseContact(current, { erasedOn }),
    );
    await this.commits.redact(stream, 'state.contact');
    return erased;
  }
}
