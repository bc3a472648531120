import { Injectable } from '@nestjs/common';
import type { CalendarDay } from '@okr/contracts';
import { AggregateStore, type Stored } from '@okr/messaging';
import { reviewQuality, type QualityReviewState } from '../../domain/quality-review.entity';
import { reviewIdFor, streams } from '../../infrastructure/expert-schools.aggregates';
import { ExpertSchoolsDirectory } from '../../infrastructure/expert-schools.directory';

export interface ReviewQuality {
  readonly brin: string;
  readonly schoolYear: string;
  readonly reviewedOn: CalendarDay;
  readonly sustainablyHighQuality: boolean;
  readonly reasons: readonly string[];
  readonly actor: string;
}

@Injectable()
export class ReviewQualityHandler {
  constructor(
    private readonly store: AggregateStore,
    private readonly directory: ExpertSchoolsDirectory,
  ) {}

  async execute({ brin, actor, ...review }: ReviewQuality): Promise<Stored<QualityReviewState>> {
    const expertSchool = await this.directory.expertSchool(brin);
    return this.store.change<QualityReviewState>(
      streams.qualityReview(brin, review.schoolYear),
      { command: 'review-quality', actor, expectNew: true },
      (current) =>
        reviewQuality(current, { reviewId: reviewIdFor(brin, review.schoolYear), expertSchool, ...review }),
    );
  }
}
