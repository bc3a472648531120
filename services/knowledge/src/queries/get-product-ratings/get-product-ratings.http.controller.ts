import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AggregateStore } from '@okr/messaging';
import { IdParam, Roles } from '@okr/service-kit';
import type { ProductState } from '../../domain/product.entity';
import { type RatingState, summariseRatings } from '../../domain/rating.entity';
import { RatingSummaryResponse } from '../../http/rating.response';
import { READERS } from '../../http/roles';
import { AGGREGATE_TYPES, streams } from '../../infrastructure/knowledge.aggregates';

@ApiTags('ratings')
@Controller('products')
export class GetProductRatingsHttpController {
  constructor(private readonly store: AggregateStore) {}

  @Get(':id/ratings')
  @Roles(...READERS)
  @ApiOperation({ summary: "A product's average rating overall, per KPI role group and per respondent role" })
  @ApiOkResponse({ type: RatingSummaryResponse })
  @ApiNotFoundResponse({ description: 'PRODUCT.NOT_FOUND' })
  async get(@Param() { id }: IdParam): Promise<RatingSummaryResponse> {
    await this.store.require<ProductState>(streams.product(id));
    const ratings = await this.store.list<RatingState>(AGGREGATE_TYPES.rating, { productId: id });
    return { productId: id, ...summariseRatings(ratings.map((rating) => rating.state)) };
  }
}
