import { Injectable } from '@nestjs/common';
import type { CalendarDay, KnowledgeProductType } from '@okr/contracts';
import { AggregateStore, type Stored } from '@okr/messaging';
import { randomUUID } from 'node:crypto';
import { createProduct, type ProductContent, type ProductState } from '../../domain/product.entity';
import { streams } from '../../infrastructure/knowledge.aggregates';

export interface CreateProduct {
  readonly productType: KnowledgeProductType;
  readonly content: ProductContent;
  readonly createdOn: CalendarDay;
  readonly actor: string;
}

@Injectable()
export class CreateProductHandler {
  constructor(private readonly store: AggregateStore) {}

  async execute({ actor, ...product }: CreateProduct): Promise<Stored<ProductState>> {
    const productId = randomUUID();
    return this.store.change<ProductState>(
      streams.product(productId),
      { command: 'create-product', actor, expectNew: true },
      (current) => createProduct(current, { productId, ...product }),
    );
  }
}
