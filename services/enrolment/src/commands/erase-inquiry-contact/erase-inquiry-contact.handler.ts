import { Injectable, ServiceUnavailableException } from '@nestjs/common';
import { AggregateStore, RedactionPendingError, type Stored } from '@okr/messaging';
import { IdempotencyRecords } from '@okr/service-kit';
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
  constructor(
    private readonly store: AggregateStore,
    private readonly idempotency: IdempotencyRecords,
  ) {}

  /**
   * Commits the anonymised inquiry, then removes the person from the earlier versions too: otherwise the audit
   * trail would still hold what the erasure was asked for. The scrub runs also when the latest version had no
   * contact left, so repeating the request finishes an erasure that stopped halfway. Versions the relay has not
   * published yet (Kafka unreachable) are scrubbed once it has; until then the request answers 503. Answers
   * kept for Idempotency-Key retries that mention the inquiry (they may show the contact) are erased too.
   */
  async execute({ inquiryId, erasedOn, actor }: EraseInquiryContact): Promise<Stored<InquiryState>> {
    const stream = streams.inquiry(inquiryId);
    const erased = await this.store.change<InquiryState>(
      stream,
      { command: 'erase-inquiry-contact', actor },
      (current) => eraseContact(current, { erasedOn }),
    );
    try {
      await this.store.redact(stream, 'state.contact');
      // After the new version: an answer a command gave just before the erasure is kept by then too.
      await this.idempotency.eraseAnswersMentioning(inquiryId);
    } catch (error) {
      if (!(error instanceof RedactionPendingError)) throw error;
      throw new ServiceUnavailableException({
        code: 'INQUIRY.ERASURE_PENDING',
        title: 'The contact person is not yet erased from every earlier version',
        detail: `${error.message}: the inquiry no longer shows the contact; repeat the request to finish`,
      });
    }
    return erased;
  }
}
