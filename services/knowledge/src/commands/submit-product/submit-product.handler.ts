import { Injectable } from '@nestjs/common';
import type { CalendarDay } from '@okr/contracts';
import { AggregateStore, type Stored } from '@okr/messaging';
import { type ProductState, submitForReview } from '../../domain/product.entity';
import { streams } from '../../infrastructure/knowledge.aggregates';

@Injectable()
export class SubmitProductHandler {
  constructor(private readonly store: AggregateStore) {}

  async execute(productId: string, submittedOn: CalendarDay, actor: string): Promise<Stored<ProductState>> {
    return this.store.change<ProductState>(
      streams.product(productId),
      { command: 'submit-product', actor },
      (current) => submitForReview(current, { submittedOn }),
    );
  }
}
