export {
  INQUIRY_CHANNELS,
  INQUIRY_OUTCOMES,
  INTAKE_OUTCOMES,
  OUTSIDE_REFERRAL_REASON_CODES,
  REFERRAL_KINDS,
  REJECTION_REASON_CODES,
  WITHDRAWAL_REASON_CODES,
  type InquiryChannel,
  type InquiryOutcome,
  type IntakeOutcome,
  type OutsideReferralReasonCode,
  type ReferralKind,
  type RejectionReasonCode,
  type WithdrawalReasonCode,
} from './enrolment.value-object';
export { ExpertCoachTrainedV1, ExpertCoachTrainedV1Data } from './expert-coach-trained.v1';
export {
  ExploratoryConversationHeldV1,
  ExploratoryConversationHeldV1Data,
} from './exploratory-conversation-held.v1';
export { InquiryClosedV1, InquiryClosedV1Data } from './inquiry-closed.v1';
export { InquiryReceivedV1, InquiryReceivedV1Data } from './inquiry-received.v1';
export { InquiryReferredV1, InquiryReferredV1Data, IsActivitiesOfReferral } from './inquiry-referred.v1';
export { InquiryReferredV2, InquiryReferredV2Data } from './inquiry-referred.v2';
export { IntakeCompletedV1, IntakeCompletedV1Data } from './intake-completed.v1';
export { ParticipationCompletedV1, ParticipationCompletedV1Data } from './participation-completed.v1';
export { SchoolEnrolledV1, SchoolEnrolledV1Data } from './school-enrolled.v1';
export { SchoolEnrolledV2, SchoolEnrolledV2Data } from './school-enrolled.v2';
export { SchoolProfileUpdatedV1, SchoolProfileUpdatedV1Data } from './school-profile-updated.v1';
export { SchoolRegisteredV1, SchoolRegisteredV1Data } from './school-registered.v1';
export { SchoolRegisteredV2, SchoolRegisteredV2Data } from './school-registered.v2';
export { SchoolWithdrewV1, SchoolWithdrewV1Data } from './school-withdrew.v1';
export {
  SubsidyApplicationResubmittedV1,
  SubsidyApplicationResubmittedV1Data,
} from './subsidy-application-resubmitted.v1';
export {
  SubsidyApplicationSubmittedV1,
  SubsidyApplicationSubmittedV1Data,
} from './subsidy-application-submitted.v1';
export {
  SubsidyApplicationWithdrawnV1,
  SubsidyApplicationWithdrawnV1Data,
} from './subsidy-application-withdrawn.v1';
export { SubsidyGrantedV1, SubsidyGrantedV1Data } from './subsidy-granted.v1';
export {
  SubsidyInformationRequestedV1,
  SubsidyInformationRequestedV1Data,
} from './subsidy-information-requested.v1';
export { SubsidyRejectedV1, SubsidyRejectedV1Data } from './subsidy-rejected.v1';
export {
  SubsidyRoundActivityAmount,
  SubsidyRoundOpenedV1,
  SubsidyRoundOpenedV1Data,
} from './subsidy-round-opened.v1';
export { SustainabilityAssessedV1, SustainabilityAssessedV1Data } from './sustainability-assessed.v1';
export { ENROLMENT_CONTRACTS, ENROLMENT_EVENTS } from './enrolment-events';
