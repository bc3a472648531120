import { Injectable } from '@nestjs/common';
import type { CalendarDay, RetirementReasonCode } from '@okr/contracts';
import { AggregateStore, type Stored } from '@okr/messaging';
import { type ProductState, retireProduct } from '../../domain/product.entity';
import { streams } from '../../infrastructure/knowledge.aggregates';

@Injectable()
export class RetireProductHandler {
  constructor(private readonly store: AggregateStore) {}

  async execute(
    productId: string,
    retirement: { readonly retiredOn: CalendarDay; readonly reasonCode: RetirementReasonCode },
    actor: string,
  ): Promise<Stored<ProductState>> {
    return this.store.change<ProductState>(
      streams.product(productId),
      { command: 'retire-product', actor },
      (current) => retireProduct(current, retirement),
    );
  }
}
