import { Injectable } from '@nestjs/common';
import type { CalendarDay } from '@okr/contracts';
import { AggregateStore, type Stored } from '@okr/messaging';
import { type CaseState, redirectQuestion } from '../../domain/kennisrotonde-case.entity';
import { mustBePublished, type ProductState } from '../../domain/product.entity';
import { streams } from '../../infrastructure/knowledge.aggregates';

@Injectable()
export class RedirectQuestionHandler {
  constructor(private readonly store: AggregateStore) {}

  /** Points the asker to a product that is published: a draft answers nobody. */
  async execute(
    caseId: string,
    productId: string,
    redirectedOn: CalendarDay,
    actor: string,
  ): Promise<Stored<CaseState>> {
    const product = await this.store.requireReference<ProductState>(streams.product(productId));
    mustBePublished(product.state);
    return this.store.change<CaseState>(
      streams.case(caseId),
      { command: 'redirect-question', actor },
      (current) => redirectQuestion(current, { productId, redirectedOn }),
    );
  }
}
