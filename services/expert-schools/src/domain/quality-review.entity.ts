import type { CalendarDay } from '@okr/contracts';
import type { AspirantState } from './aspirant.entity';
import { domainEvent, type Decision, type DomainEvent } from './expert-schools-event.value-object';
import { ExpertSchoolsError } from './expert-schools.errors';
import { assertNotBefore } from './school-days.rules';

/** The yearly review of an expert school: does it offer sustainably high quality, and why (in words, kept here). */
export interface QualityReviewState {
  readonly reviewId: string;
  readonly brin: string;
  readonly schoolYear: string;
  readonly reviewedOn: CalendarDay;
  readonly sustainablyHighQuality: boolean;
  readonly reasons: readonly string[];
}

/** Reviews an expert school for a school year, once: the review's id is that of the school and year. */
export function reviewQuality(
  current: QualityReviewState | undefined,
  input: {
    readonly reviewId: string;
    readonly expertSchool: AspirantState;
    readonly schoolYear: string;
    readonly reviewedOn: CalendarDay;
    readonly sustainablyHighQuality: boolean;
    readonly reasons: readonly string[];
  },
): Decision<QualityReviewState, DomainEvent<'ExpertSchoolQualityReviewed'>> {
  const { expertSchool } = input;
  if (current) {
    throw new ExpertSchoolsError(
      'QUALITY_REVIEW.ALREADY_REVIEWED',
      `${current.brin} was reviewed for ${current.schoolYear} on ${current.reviewedOn}`,
      { reviewId: current.reviewId },
    );
  }
  if (expertSchool.status !== 'certified' || expertSchool.certifiedOn === undefined) {
    throw new ExpertSchoolsError(
      'EXPERT_SCHOOL.NOT_FOUND',
      `School ${expertSchool.brin} is no expert school`,
      {
        brin: expertSchool.brin,
      },
    );
  }
  assertNotBefore(input.reviewedOn, expertSchool.certifiedOn, 'The review');
  const state: QualityReviewState = {
    reviewId: input.reviewId,
    brin: expertSchool.brin,
    schoolYear: input.schoolYear,
    reviewedOn: input.reviewedOn,
    sustainablyHighQuality: input.sustainablyHighQuality,
    reasons: input.reasons.map((reason) => reason.trim()).filter((reason) => reason !== ''),
  };
  return {
    state,
    events: [
      domainEvent('ExpertSchoolQualityReviewed', {
        reviewId: state.reviewId,
        brin: state.brin,
        sector: expertSchool.sector,
        schoolYear: state.schoolYear,
        sustainablyHighQuality: state.sustainablyHighQuality,
        reviewedOn: state.reviewedOn,
      }),
    ],
  };
}
