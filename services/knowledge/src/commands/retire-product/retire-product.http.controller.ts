import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Actor, Clock, IdParam, Roles } from '@okr/service-kit';
import { factDay } from '../../http/fact-days';
import { productResponse, ProductResponse } from '../../http/product.response';
import { WRITERS } from '../../http/roles';
import { RetireProductHandler } from './retire-product.handler';
import { RetireProductRequestDto } from './retire-product.request.dto';

@ApiTags('products')
@Controller('products')
export class RetireProductHttpController {
  constructor(
    private readonly handler: RetireProductHandler,
    private readonly clock: Clock,
  ) {}

  @Post(':id/retirement')
  @HttpCode(200)
  @Roles(...WRITERS)
  @ApiOperation({
    summary: 'Take a published product offline with a reason code; publishes KnowledgeProductRetired',
  })
  @ApiOkResponse({ type: ProductResponse })
  @ApiBadRequestResponse({ description: 'REQUEST.VALIDATION_FAILED, with the failing fields' })
  @ApiNotFoundResponse({ description: 'PRODUCT.NOT_FOUND' })
  @ApiConflictResponse({ description: 'PRODUCT.NOT_PUBLISHED or PRODUCT.RETIRED' })
  @ApiUnprocessableEntityResponse({ description: 'PRODUCT.DAY_OUT_OF_ORDER' })
  async retire(
    @Param() { id }: IdParam,
    @Body() body: RetireProductRequestDto,
    @Actor() actor: string,
  ): Promise<ProductResponse> {
    const today = this.clock.today();
    const stored = await this.handler.execute(
      id,
      { retiredOn: factDay('retiredOn', body.retiredOn, today), reasonCode: body.reasonCode },
      actor,
    );
    return productResponse(stored, today);
  }
}
