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
import { ReviewProductHandler } from './review-product.handler';
import { ReviewProductRequestDto } from './review-product.request.dto';

@ApiTags('products')
@Controller('products')
export class ReviewProductHttpController {
  constructor(
    private readonly handler: ReviewProductHandler,
    private readonly clock: Clock,
  ) {}

  @Post(':id/review')
  @HttpCode(200)
  @Roles(...WRITERS)
  @ApiOperation({
    summary:
      "Record the quality committee's decision: approved publishes the version (KnowledgeProductPublished, or " +
      'KnowledgeProductRevised for a revision); changes requested sends it back to draft with the reasons',
  })
  @ApiOkResponse({ type: ProductResponse })
  @ApiBadRequestResponse({ description: 'REQUEST.VALIDATION_FAILED, with the failing fields' })
  @ApiNotFoundResponse({ description: 'PRODUCT.NOT_FOUND' })
  @ApiConflictResponse({ description: 'PRODUCT.NOT_IN_REVIEW or PRODUCT.RETIRED' })
  @ApiUnprocessableEntityResponse({ description: 'PRODUCT.REASONS_REQUIRED or PRODUCT.DAY_OUT_OF_ORDER' })
  async review(
    @Param() { id }: IdParam,
    @Body() body: ReviewProductRequestDto,
    @Actor() actor: string,
  ): Promise<ProductResponse> {
    const today = this.clock.today();
    const stored = await this.handler.execute({
      productId: id,
      decision: body.decision,
      reasons: body.reasons,
      decidedOn: factDay('decidedOn', body.decidedOn, today),
      actor,
    });
    return productResponse(stored, today);
  }
}
