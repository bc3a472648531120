import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AggregateStore } from '@okr/messaging';
import { Clock, type Page, pageOf, Roles } from '@okr/service-kit';
import { type ProductState, statusOf } from '../../domain/product.entity';
import { productResponse, type ProductResponse } from '../../http/product.response';
import { READERS } from '../../http/roles';
import { AGGREGATE_TYPES } from '../../infrastructure/knowledge.aggregates';
import { ListProductsQueryDto } from './list-products.query.dto';

@ApiTags('products')
@Controller('products')
export class ListProductsHttpController {
  constructor(
    private readonly store: AggregateStore,
    private readonly clock: Clock,
  ) {}

  @Get()
  @Roles(...READERS)
  @ApiOperation({ summary: 'Every product in any status (drafts too), oldest first, by status and type' })
  @ApiOkResponse({ description: 'A page of products as the editors see them' })
  async list(@Query() query: ListProductsQueryDto): Promise<Page<ProductResponse>> {
    const today = this.clock.today();
    const stored = await this.store.list<ProductState>(
      AGGREGATE_TYPES.product,
      query.productType !== undefined ? { productType: query.productType } : {},
    );
    const matching = stored.filter(
      (each) => query.status === undefined || statusOf(each.state) === query.status,
    );
    return pageOf(
      matching.map((each) => productResponse(each, today)),
      query,
    );
  }
}
