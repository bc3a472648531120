import { Injectable } from '@nestjs/common';
import type { CalendarDay, RespondentRole } from '@okr/contracts';
import { AggregateStore, type Stored } from '@okr/messaging';
import { randomUUID } from 'node:crypto';
import { mustBePublished, type ProductState } from '../../domain/product.entity';
import { rateProduct, type RatingState } from '../../domain/rating.entity';
import { streams } from '../../infrastructure/knowledge.aggregates';

export interface RateProduct {
  readonly productId: string;
  readonly respondentRole: RespondentRole;
  readonly score: number;
  readonly ratedOn: CalendarDay;
  readonly comment?: string;
  readonly actor: string;
}

@Injectable()
export class RateProductHandler {
  constructor(private readonly store: AggregateStore) {}

  /** Only a product that was published can be rated (a retired one still can: it was read). */
  async execute({ productId, actor, ...rating }: RateProduct): Promise<Stored<RatingState>> {
    const product = await this.store.requireReference<ProductState>(streams.product(productId));
    mustBePublished(product.state);
    const ratingId = randomUUID();
    return this.store.change<RatingState>(
      streams.rating(ratingId),
      { command: 'rate-product', actor, expectNew: true },
      (current) =>
        rateProduct(current, { ...rating, ratingId, productId, productType: product.state.productType }),
    );
  }
}
