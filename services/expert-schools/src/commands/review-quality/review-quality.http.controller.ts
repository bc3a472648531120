import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Actor, BrinParam, Clock, Roles } from '@okr/service-kit';
import { qualityReviewResponse, QualityReviewResponse } from '../../http/courses.response';
import { WRITERS } from '../../http/roles';
import { ReviewQualityHandler } from './review-quality.handler';
import { ReviewQualityRequestDto } from './review-quality.request.dto';

@ApiTags('expert schools')
@Controller('expert-schools')
export class ReviewQualityHttpController {
  constructor(
    private readonly handler: ReviewQualityHandler,
    private readonly clock: Clock,
  ) {}

  @Post(':brin/quality-reviews')
  @HttpCode(201)
  @Roles(...WRITERS)
  @ApiOperation({
    summary: "Record an expert school's yearly quality review; publishes ExpertSchoolQualityReviewed",
  })
  @ApiCreatedResponse({ type: QualityReviewResponse })
  @ApiNotFoundResponse({ description: 'EXPERT_SCHOOL.NOT_FOUND' })
  @ApiConflictResponse({ description: 'QUALITY_REVIEW.ALREADY_REVIEWED: one review per school year' })
  @ApiUnprocessableEntityResponse({ description: 'DAY.OUT_OF_ORDER: before the certification' })
  async review(
    @Param() { brin }: BrinParam,
    @Body() body: ReviewQualityRequestDto,
    @Actor() actor: string,
  ): Promise<QualityReviewResponse> {
    return qualityReviewResponse(
      await this.handler.execute({ brin, ...body, reviewedOn: body.reviewedOn ?? this.clock.today(), actor }),
    );
  }
}
