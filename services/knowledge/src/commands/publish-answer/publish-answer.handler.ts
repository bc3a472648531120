import { Injectable } from '@nestjs/common';
import type { CalendarDay } from '@okr/contracts';
import { AggregateStore, type Stored } from '@okr/messaging';
import { type CaseState, publishAnswer } from '../../domain/kennisrotonde-case.entity';
import { createProduct, type ProductContent, type ProductState } from '../../domain/product.entity';
import { nameBasedId, streams } from '../../infrastructure/knowledge.aggregates';

export interface PublishAnswer {
  readonly caseId: string;
  readonly presentation: Omit<ProductContent, 'body' | 'sources'>;
  readonly publishedOn: CalendarDay;
  readonly actor: string;
}

@Injectable()
export class PublishAnswerHandler {
  constructor(private readonly store: AggregateStore) {}

  /**
   * Drafts a knowledge product of type kennisrotonde-answer from the answer (it goes through editorial review
   * like any product), then marks the case published. Two aggregates without a transaction: the product's id
   * is derived from the case, so a retry after a failure in between finds the draft and completes the case.
   */
  async execute({ caseId, presentation, publishedOn, actor }: PublishAnswer): Promise<Stored<CaseState>> {
    const { state } = await this.store.require<CaseState>(streams.case(caseId));
    const productId = nameBasedId('kennisrotonde-answer', caseId);
    // Refuses a question without an answer (or one already decided on) before any product is drafted.
    publishAnswer(state, { productId, publishedOn });
    const answer = state.answer;
    if (answer === undefined) throw new Error(`case ${caseId} is answered without an answer`);
    await this.store.change<ProductState>(
      streams.product(productId),
      { command: 'draft-kennisrotonde-answer', actor, expectNew: true },
      (current) =>
        current === undefined
          ? createProduct(undefined, {
              productId,
              productType: 'kennisrotonde-answer',
              content: { ...presentation, body: answer.text, sources: answer.sources },
              createdOn: publishedOn,
              caseId,
            })
          : undefined,
    );
    return this.store.change<CaseState>(
      streams.case(caseId),
      { command: 'publish-answer', actor },
      (current) => publishAnswer(current, { productId, publishedOn }),
    );
  }
}
