import { Injectable, ServiceUnavailableException } from '@nestjs/common';
import type { CalendarDay } from '@okr/contracts';
import { AggregateStore, RedactionPendingError, type Stored } from '@okr/messaging';
import { IdempotencyRecords } from '@okr/service-kit';
import { type CaseState, eraseAsker, withoutAsker } from '../../domain/kennisrotonde-case.entity';
import { streams } from '../../infrastructure/knowledge.aggregates';

export interface EraseAsker {
  readonly caseId: string;
  readonly erasedOn: CalendarDay;
  /** Free text naming the person, to be replaced in every version. */
  readonly texts?: readonly string[];
  readonly actor: string;
}

@Injectable()
export class EraseAskerHandler {
  constructor(
    private readonly store: AggregateStore,
    private readonly idempotency: IdempotencyRecords,
  ) {}

  /**
   * Commits the case without the asker, then removes them from the earlier versions too: otherwise the audit trail
   * would still hold what the erasure was asked for. The scrub runs also when the latest version had nothing left
   * to erase, so repeating the request finishes an erasure that stopped halfway. Versions the relay has not
   * published yet (Kafka unreachable) are scrubbed once it has; until then the request answers 503. Answers kept
   * for Idempotency-Key retries that mention the case (the answer to receiving it shows the asker) go too.
   */
  async execute({ caseId, erasedOn, texts = [], actor }: EraseAsker): Promise<Stored<CaseState>> {
    const stream = streams.case(caseId);
    const erased = await this.store.change<CaseState>(stream, { command: 'erase-asker', actor }, (current) =>
      eraseAsker(current, { erasedOn, texts }),
    );
    try {
      await this.store.rewriteHistory<CaseState>(
        stream,
        (state) => withoutAsker(state, texts),
        "the asker's name and e-mail and free text naming them",
      );
      // After the new version: an answer a command gave just before the erasure is kept by then too.
      await this.idempotency.eraseAnswersMentioning(caseId);
    } catch (error) {
      if (!(error instanceof RedactionPendingError)) throw error;
      throw new ServiceUnavailableException({
        code: 'CASE.ERASURE_PENDING',
        title: 'The asker is not yet erased from every earlier version',
        detail: `${error.message}: the case no longer shows the asker; repeat the request to finish`,
      });
    }
    return erased;
  }
}
