import { IsBoolean, IsIn, IsUUID } from 'class-validator';
import { defineEvent } from '../event-contract';
import { Description } from '../schema-hints.decorator';
import { IsSchoolYear } from '../shared/programme.value-object';
import { IsBrin, SECTORS, type Sector } from '../shared/school.value-object';
import { IsCalendarDate } from '../shared/time.value-object';
import { TOPICS } from '../topics';

export class ExpertSchoolQualityReviewedV1Data {
  @Description('id of the review')
  @IsUUID()
  reviewId!: string;

  @Description('BRIN of the expert school')
  @IsBrin()
  brin!: string;

  @Description('PO (primary) or VO (secondary)')
  @IsIn(SECTORS)
  sector!: Sector;

  @Description('the school year reviewed, e.g. 2025-2026; one review per expert school and year')
  @IsSchoolYear()
  schoolYear!: string;

  @Description('whether the expert school offers sustainably high quality of education')
  @IsBoolean()
  sustainablyHighQuality!: boolean;

  @Description('the day of the review, YYYY-MM-DD')
  @IsCalendarDate()
  reviewedOn!: string;
}

export const ExpertSchoolQualityReviewedV1 = defineEvent({
  type: 'ExpertSchoolQualityReviewed',
  version: 1,
  topic: TOPICS.expertSchools,
  description: 'The yearly quality review of an expert school: does it offer sustainably high quality.',
  subject: 'BRIN of the expert school',
  dataClass: ExpertSchoolQualityReviewedV1Data,
});
