import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AggregateStore } from '@okr/messaging';
import { Clock, IdParam, Roles } from '@okr/service-kit';
import type { ProductState } from '../../domain/product.entity';
import { productResponse, ProductResponse } from '../../http/product.response';
import { READERS } from '../../http/roles';
import { streams } from '../../infrastructure/knowledge.aggregates';

@ApiTags('products')
@Controller('products')
export class GetProductHttpController {
  constructor(
    private readonly store: AggregateStore,
    private readonly clock: Clock,
  ) {}

  @Get(':id')
  @Roles(...READERS)
  @ApiOperation({
    summary:
      'A product as the editors see it: its working copy, published version, versions, reviews and evidence',
  })
  @ApiOkResponse({ type: ProductResponse })
  @ApiNotFoundResponse({ description: 'PRODUCT.NOT_FOUND' })
  async get(@Param() { id }: IdParam): Promise<ProductResponse> {
    return productResponse(await this.store.require<ProductState>(streams.product(id)), this.clock.today());
  }
}
