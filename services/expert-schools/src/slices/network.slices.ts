import { FormRegionalNetworkHandler } from '../commands/form-regional-network/form-regional-network.handler';
import { FormRegionalNetworkHttpController } from '../commands/form-regional-network/form-regional-network.http.controller';
import { GiveCourseHandler } from '../commands/give-course/give-course.handler';
import { GiveCourseHttpController } from '../commands/give-course/give-course.http.controller';
import { ReviewQualityHandler } from '../commands/review-quality/review-quality.handler';
import { ReviewQualityHttpController } from '../commands/review-quality/review-quality.http.controller';
import { ListCoursesHttpController } from '../queries/list-courses/list-courses.http.controller';
import { ListQualityReviewsHttpController } from '../queries/list-quality-reviews/list-quality-reviews.http.controller';
import { ListRegionalNetworksHttpController } from '../queries/list-regional-networks/list-regional-networks.http.controller';
import type { Slices } from './slices';

/** What expert schools do for the field once certified: courses, regional networks, and their yearly review. */
export const networkSlices: Slices = {
  controllers: [
    GiveCourseHttpController,
    ListCoursesHttpController,
    FormRegionalNetworkHttpController,
    ListRegionalNetworksHttpController,
    ReviewQualityHttpController,
    ListQualityReviewsHttpController,
  ],
  providers: [GiveCourseHandler, FormRegionalNetworkHandler, ReviewQualityHandler],
};
