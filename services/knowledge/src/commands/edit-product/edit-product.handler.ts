import { Injectable } from '@nestjs/common';
import { AggregateStore, type Stored } from '@okr/messaging';
import { editProduct, type ProductContent, type ProductState } from '../../domain/product.entity';
import { streams } from '../../infrastructure/knowledge.aggregates';

export interface EditProduct {
  readonly productId: string;
  readonly content: ProductContent;
  readonly actor: string;
}

@Injectable()
export class EditProductHandler {
  constructor(private readonly store: AggregateStore) {}

  async execute({ productId, content, actor }: EditProduct): Promise<Stored<ProductState>> {
    return this.store.change<ProductState>(
      streams.product(productId),
      { command: 'edit-product', actor },
      (current) => editProduct(current, { content }),
    );
  }
}
