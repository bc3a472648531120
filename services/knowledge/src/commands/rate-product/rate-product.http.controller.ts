import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Actor, Clock, IdParam, Roles } from '@okr/service-kit';
import { factDay } from '../../http/fact-days';
import { ratingResponse, RatingResponse } from '../../http/rating.response';
import { WRITERS } from '../../http/roles';
import { RateProductHandler } from './rate-product.handler';
import { RateProductRequestDto } from './rate-product.request.dto';

@ApiTags('ratings')
@Controller('products')
export class RateProductHttpController {
  constructor(
    private readonly handler: RateProductHandler,
    private readonly clock: Clock,
  ) {}

  @Post(':id/ratings')
  @HttpCode(201)
  @Roles(...WRITERS)
  @ApiOperation({
    summary: "Record a respondent's 1-10 rating of a published product; publishes KnowledgeProductRated",
  })
  @ApiCreatedResponse({ type: RatingResponse })
  @ApiBadRequestResponse({ description: 'REQUEST.VALIDATION_FAILED, e.g. a score outside 1-10' })
  @ApiNotFoundResponse({ description: 'PRODUCT.NOT_FOUND' })
  @ApiConflictResponse({ description: 'PRODUCT.NOT_PUBLISHED' })
  async rate(
    @Param() { id }: IdParam,
    @Body() body: RateProductRequestDto,
    @Actor() actor: string,
  ): Promise<RatingResponse> {
    const stored = await this.handler.execute({
      productId: id,
      respondentRole: body.respondentRole,
      score: body.score,
      ratedOn: factDay('ratedOn', body.ratedOn, this.clock.today()),
      ...(body.comment !== undefined ? { comment: body.comment } : {}),
      actor,
    });
    return ratingResponse(stored.state);
  }
}
