import {
  ExpertCoachTrainedV1,
  ExploratoryConversationHeldV1,
  InquiryClosedV1,
  InquiryReceivedV1,
  InquiryReferredV1,
  IntakeCompletedV1,
  ParticipationCompletedV1,
  SchoolEnrolledV1,
  SchoolProfileUpdatedV1,
  SchoolRegisteredV1,
  SchoolWithdrewV1,
  SubsidyApplicationResubmittedV1,
  SubsidyApplicationSubmittedV1,
  SubsidyApplicationWithdrawnV1,
  SubsidyGrantedV1,
  SubsidyInformationRequestedV1,
  SubsidyRejectedV1,
  SubsidyRoundOpenedV1,
  SustainabilityAssessedV1,
} from './enrolment';
import { EventRegistry } from './registry';

/** Every event contract of the platform; a new contract is added here or consumers dead-letter it. */
export const catalogue = new EventRegistry([
  // enrolment: schools
  SchoolRegisteredV1,
  SchoolProfileUpdatedV1,
  // enrolment: the help desk
  InquiryReceivedV1,
  ExploratoryConversationHeldV1,
  InquiryReferredV1,
  InquiryClosedV1,
  IntakeCompletedV1,
  // enrolment: subsidies
  SubsidyRoundOpenedV1,
  SubsidyApplicationSubmittedV1,
  SubsidyInformationRequestedV1,
  SubsidyApplicationResubmittedV1,
  SubsidyGrantedV1,
  SubsidyRejectedV1,
  SubsidyApplicationWithdrawnV1,
  // enrolment: participations
  SchoolEnrolledV1,
  ParticipationCompletedV1,
  SustainabilityAssessedV1,
  SchoolWithdrewV1,
  ExpertCoachTrainedV1,
]);
