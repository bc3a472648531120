import { AspirantExpertSchoolDroppedOutV1 } from './aspirant-expert-school-dropped-out.v1';
import { AspirantExpertSchoolSelectedV1 } from './aspirant-expert-school-selected.v1';
import { CourseGivenV1 } from './course-given.v1';
import { DevelopmentSchoolJoinedHubV1 } from './development-school-joined-hub.v1';
import { DevelopmentSchoolTrainedV1 } from './development-school-trained.v1';
import { ExpertSchoolCertifiedV1 } from './expert-school-certified.v1';
import { ExpertSchoolQualityReviewedV1 } from './expert-school-quality-reviewed.v1';
import { HubFormedV1 } from './hub-formed.v1';
import { RegionalNetworkFormedV1 } from './regional-network-formed.v1';

/** The version of each expert-schools event the expert-schools service publishes now, by type. */
export const EXPERT_SCHOOLS_EVENTS = {
  // the training year
  AspirantExpertSchoolSelected: AspirantExpertSchoolSelectedV1,
  AspirantExpertSchoolDroppedOut: AspirantExpertSchoolDroppedOutV1,
  ExpertSchoolCertified: ExpertSchoolCertifiedV1,
  // hubs
  HubFormed: HubFormedV1,
  DevelopmentSchoolJoinedHub: DevelopmentSchoolJoinedHubV1,
  DevelopmentSchoolTrained: DevelopmentSchoolTrainedV1,
  // courses, networks, quality
  CourseGiven: CourseGivenV1,
  RegionalNetworkFormed: RegionalNetworkFormedV1,
  ExpertSchoolQualityReviewed: ExpertSchoolQualityReviewedV1,
} as const;

/** Every version of every expert-schools event. */
export const EXPERT_SCHOOLS_CONTRACTS = [...Object.values(EXPERT_SCHOOLS_EVENTS)] as const;
