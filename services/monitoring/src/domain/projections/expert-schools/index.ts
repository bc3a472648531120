import {
  developmentSchoolTrainingProjection,
  type DevelopmentSchoolTrainingFact,
} from './development-school-training.projection';
import { expertSchoolCourseProjection, type ExpertSchoolCourseFact } from './expert-school-course.projection';
import { expertSchoolProjection, type ExpertSchoolFact } from './expert-school.projection';
import { qualityReviewProjection, type QualityReviewFact } from './quality-review.projection';
import { regionalNetworkProjection, type RegionalNetworkFact } from './regional-network.projection';

/** The facts monitoring keeps of the expert-schools context, one projection per record kind. */
export const expertSchoolsProjections = [
  expertSchoolProjection,
  developmentSchoolTrainingProjection,
  expertSchoolCourseProjection,
  regionalNetworkProjection,
  qualityReviewProjection,
] as const;

/**
 * The expert-schools records a KPI rule reads: all of them for the reference computation, or those of one
 * school (or one network, which is about no school) for the live views.
 */
export interface ExpertSchoolsRecords {
  expertSchools: readonly ExpertSchoolFact[];
  trainings: readonly DevelopmentSchoolTrainingFact[];
  courses: readonly ExpertSchoolCourseFact[];
  networks: readonly RegionalNetworkFact[];
  qualityReviews: readonly QualityReviewFact[];
}

/** No expert-schools records: what a unit about something else reads. */
export const NO_EXPERT_SCHOOLS_RECORDS: ExpertSchoolsRecords = {
  expertSchools: [],
  trainings: [],
  courses: [],
  networks: [],
  qualityReviews: [],
};
