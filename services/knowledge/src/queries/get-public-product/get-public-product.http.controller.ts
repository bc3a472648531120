import { Controller, Get, Param, UseGuards } from '@nestjs/common';
import {
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiBadRequestResponse,
} from '@nestjs/swagger';
import { AggregateStore } from '@okr/messaging';
import { Clock, IdParam, Public } from '@okr/service-kit';
import { isPubliclyVisible, type ProductState } from '../../domain/product.entity';
import { ProductError } from '../../domain/product.errors';
import { publicProductResponse, PublicProductResponse } from '../../http/product.response';
import { streams } from '../../infrastructure/knowledge.aggregates';
import { PublicReadThrottlerGuard } from '../../search/public-read.throttler.guard';

@ApiTags('public')
@Controller('public/products')
@UseGuards(PublicReadThrottlerGuard)
export class GetPublicProductHttpController {
  constructor(
    private readonly store: AggregateStore,
    private readonly clock: Clock,
  ) {}

  @Get(':id')
  @Public()
  @ApiOperation({
    summary:
      'A published product, for anyone (no token): its published version only. A draft, a product in review and a ' +
      'retired one are not found, so their existence does not leak',
  })
  @ApiOkResponse({ type: PublicProductResponse })
  @ApiNotFoundResponse({ description: 'PRODUCT.NOT_FOUND' })
  @ApiBadRequestResponse({ description: 'REQUEST.VALIDATION_FAILED: the id is not a uuid' })
  @ApiTooManyRequestsResponse({
    description: 'REQUEST.TOO_MANY: more than PUBLIC_READ_LIMIT reads in the window',
  })
  async get(@Param() { id }: IdParam): Promise<PublicProductResponse> {
    const stored = await this.store.load<ProductState>(streams.product(id));
    const product = stored?.state;
    if (product === undefined || !isPubliclyVisible(product) || product.published === undefined) {
      throw new ProductError('PRODUCT.NOT_FOUND', `No published knowledge product ${id}`, { productId: id });
    }
    return publicProductResponse(product, product.published, this.clock.today());
  }
}
