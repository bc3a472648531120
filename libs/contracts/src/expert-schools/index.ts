export {
  AspirantExpertSchoolDroppedOutV1,
  AspirantExpertSchoolDroppedOutV1Data,
} from './aspirant-expert-school-dropped-out.v1';
export {
  AspirantExpertSchoolSelectedV1,
  AspirantExpertSchoolSelectedV1Data,
} from './aspirant-expert-school-selected.v1';
export { CourseGivenV1, CourseGivenV1Data } from './course-given.v1';
export {
  DevelopmentSchoolJoinedHubV1,
  DevelopmentSchoolJoinedHubV1Data,
} from './development-school-joined-hub.v1';
export { DevelopmentSchoolTrainedV1, DevelopmentSchoolTrainedV1Data } from './development-school-trained.v1';
export { ExpertSchoolCertifiedV1, ExpertSchoolCertifiedV1Data } from './expert-school-certified.v1';
export {
  ExpertSchoolQualityReviewedV1,
  ExpertSchoolQualityReviewedV1Data,
} from './expert-school-quality-reviewed.v1';
export {
  APPROACH_ORIGINS,
  CONFIDENCE_SCALE,
  COURSE_KINDS,
  DROP_OUT_REASON_CODES,
  IsApproachPillarCodes,
  isRegion,
  IsRegion,
  REGIONS,
  SCHOOL_TYPES,
  type ApproachOrigin,
  type CourseKind,
  type DropOutReasonCode,
  type Region,
  type SchoolType,
} from './expert-schools.value-object';
export { HubFormedV1, HubFormedV1Data } from './hub-formed.v1';
export { RegionalNetworkFormedV1, RegionalNetworkFormedV1Data } from './regional-network-formed.v1';
export { EXPERT_SCHOOLS_CONTRACTS, EXPERT_SCHOOLS_EVENTS } from './expert-schools-events';
