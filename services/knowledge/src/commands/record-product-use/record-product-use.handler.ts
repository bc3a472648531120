import { Injectable } from '@nestjs/common';
import type { CalendarDay, Sector, UseSource } from '@okr/contracts';
import { AggregateStore, type Stored } from '@okr/messaging';
import { mustBePublished, type ProductState } from '../../domain/product.entity';
import { recordUse, type UseState } from '../../domain/use.entity';
import { nameBasedId, streams } from '../../infrastructure/knowledge.aggregates';

export interface RecordProductUse {
  readonly productId: string;
  readonly brin: string;
  readonly sector?: Sector;
  readonly source: UseSource;
  readonly usedOn: CalendarDay;
  readonly actor: string;
}

@Injectable()
export class RecordProductUseHandler {
  constructor(private readonly store: AggregateStore) {}

  async execute({ productId, actor, ...use }: RecordProductUse): Promise<Stored<UseState>> {
    const product = await this.store.requireReference<ProductState>(streams.product(productId));
    mustBePublished(product.state);
    // The same school, product, day and source is one finding: its id is derived from them.
    const useId = nameBasedId('use', use.brin, productId, use.usedOn, use.source);
    return this.store.change<UseState>(
      streams.use(useId),
      { command: 'record-product-use', actor, expectNew: true },
      (current) => recordUse(current, { ...use, useId, productId, productType: product.state.productType }),
    );
  }
}
