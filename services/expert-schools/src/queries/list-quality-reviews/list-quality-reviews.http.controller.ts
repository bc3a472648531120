import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AggregateStore } from '@okr/messaging';
import { BrinParam, Roles } from '@okr/service-kit';
import type { QualityReviewState } from '../../domain/quality-review.entity';
import { qualityReviewResponse, QualityReviewResponse } from '../../http/courses.response';
import { READERS } from '../../http/roles';
import { AGGREGATE_TYPES } from '../../infrastructure/expert-schools.aggregates';

@ApiTags('expert schools')
@Controller('expert-schools')
export class ListQualityReviewsHttpController {
  constructor(private readonly store: AggregateStore) {}

  @Get(':brin/quality-reviews')
  @Roles(...READERS)
  @ApiOperation({ summary: "An expert school's yearly quality reviews, oldest first" })
  @ApiOkResponse({ type: [QualityReviewResponse] })
  async list(@Param() { brin }: BrinParam): Promise<QualityReviewResponse[]> {
    return (await this.store.list<QualityReviewState>(AGGREGATE_TYPES.qualityReview, { brin }))
      .sort((a, b) => a.state.schoolYear.localeCompare(b.state.schoolYear))
      .map(qualityReviewResponse);
  }
}
