import { Injectable, ServiceUnavailableException } from '@nestjs/common';
import { AggregateStore, RedactionPendingError, type Stored } from '@okr/messaging';
import { IdempotencyRecords } from '@okr/service-kit';
import type { CalendarDay } from '../../domain/calendar-day.value-object';
import { eraseContact, type InquiryState, withoutTexts } from '../../domain/inquiry.entity';
import { streams } from '../../infrastructure/enrolment.aggregates';

export interface EraseInquiryContact {
  readonly inquiryId: string;
  readonly erasedOn: CalendarDay;
  /** Free text naming the person, to be replaced in every version. */
  readonly texts?: readonly string[];
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
   * kept for Idempotency-Key retries that mention the inquiry (they may show the contact) are erased too, and
   * free text that names the person (`texts`) is replaced in every version.
   */
  async execute({
    inquiryId,
    erasedOn,
    texts = [],
    actor,
  }: EraseInquiryContact): Promise<Stored<InquiryState>> {
    const stream = streams.inquiry(inquiryId);
    const erased = await this.store.change<InquiryState>(
      stream,
      { command: 'erase-inquiry-contact', actor },
      (current) => eraseContact(current, { erasedOn, texts }),
    );
    try {
      await this.store.redact(stream, 'state.contact');
      if (texts.length > 0) {
        await this.store.rewriteHistory<InquiryState>(
          stream,
          (state) => withoutTexts(state, texts),
          'free text naming the contact',
        );
      }
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
