import { Injectable } from '@nestjs/common';
import type { CalendarDay } from '@okr/contracts';
import { AggregateStore, type Stored } from '@okr/messaging';
import { decideReview, type ProductState, type ReviewDecision } from '../../domain/product.entity';
import { streams } from '../../infrastructure/knowledge.aggregates';

export interface ReviewProduct {
  readonly productId: string;
  readonly decision: ReviewDecision;
  readonly reasons: readonly string[];
  readonly decidedOn: CalendarDay;
  readonly actor: string;
}

@Injectable()
export class ReviewProductHandler {
  constructor(private readonly store: AggregateStore) {}

  async execute({ productId, actor, ...review }: ReviewProduct): Promise<Stored<ProductState>> {
    return this.store.change<ProductState>(
      streams.product(productId),
      { command: 'review-product', actor },
      (current) => decideReview(current, review),
    );
  }
}
