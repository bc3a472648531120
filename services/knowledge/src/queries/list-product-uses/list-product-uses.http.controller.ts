import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AggregateStore } from '@okr/messaging';
import { IdParam, type Page, PageQuery, pageOf, Roles } from '@okr/service-kit';
import type { ProductState } from '../../domain/product.entity';
import type { UseState } from '../../domain/use.entity';
import { READERS } from '../../http/roles';
import type { UseResponse } from '../../http/use.response';
import { AGGREGATE_TYPES, streams } from '../../infrastructure/knowledge.aggregates';

@ApiTags('uses')
@Controller('products')
export class ListProductUsesHttpController {
  constructor(private readonly store: AggregateStore) {}

  @Get(':id/uses')
  @Roles(...READERS)
  @ApiOperation({ summary: 'The recorded uses of a product by schools, by day' })
  @ApiOkResponse({ description: 'A page of uses' })
  @ApiNotFoundResponse({ description: 'PRODUCT.NOT_FOUND' })
  async list(@Param() { id }: IdParam, @Query() query: PageQuery): Promise<Page<UseResponse>> {
    await this.store.require<ProductState>(streams.product(id));
    const uses = await this.store.list<UseState>(AGGREGATE_TYPES.use, { productId: id });
    const sorted = uses
      .map((use) => ({ ...use.state }))
      .sort((a, b) => a.usedOn.localeCompare(b.usedOn) || a.useId.localeCompare(b.useId));
    return pageOf(sorted, query);
  }
}
