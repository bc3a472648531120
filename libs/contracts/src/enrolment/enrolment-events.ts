import { ExpertCoachTrainedV1 } from './expert-coach-trained.v1';
import { ExploratoryConversationHeldV1 } from './exploratory-conversation-held.v1';
import { InquiryClosedV1 } from './inquiry-closed.v1';
import { InquiryReceivedV1 } from './inquiry-received.v1';
import { InquiryReferredV1 } from './inquiry-referred.v1';
import { InquiryReferredV2 } from './inquiry-referred.v2';
import { IntakeCompletedV1 } from './intake-completed.v1';
import { ParticipationCompletedV1 } from './participation-completed.v1';
import { SchoolEnrolledV1 } from './school-enrolled.v1';
import { SchoolEnrolledV2 } from './school-enrolled.v2';
import { SchoolProfileUpdatedV1 } from './school-profile-updated.v1';
import { SchoolRegisteredV1 } from './school-registered.v1';
import { SchoolRegisteredV2 } from './school-registered.v2';
import { SchoolWithdrewV1 } from './school-withdrew.v1';
import { SubsidyApplicationResubmittedV1 } from './subsidy-application-resubmitted.v1';
import { SubsidyApplicationSubmittedV1 } from './subsidy-application-submitted.v1';
import { SubsidyApplicationWithdrawnV1 } from './subsidy-application-withdrawn.v1';
import { SubsidyGrantedV1 } from './subsidy-granted.v1';
import { SubsidyInformationRequestedV1 } from './subsidy-information-requested.v1';
import { SubsidyRejectedV1 } from './subsidy-rejected.v1';
import { SubsidyRoundOpenedV1 } from './subsidy-round-opened.v1';
import { SustainabilityAssessedV1 } from './sustainability-assessed.v1';

/**
 * The version of each enrolment event the enrolment service publishes now, by type. Earlier versions stay in
 * ENROLMENT_CONTRACTS (and so in the catalogue) while their events are on the topic.
 */
export const ENROLMENT_EVENTS = {
  // schools
  SchoolRegistered: SchoolRegisteredV2,
  SchoolProfileUpdated: SchoolProfileUpdatedV1,
  // the help desk
  InquiryReceived: InquiryReceivedV1,
  ExploratoryConversationHeld: ExploratoryConversationHeldV1,
  InquiryReferred: InquiryReferredV2,
  InquiryClosed: InquiryClosedV1,
  IntakeCompleted: IntakeCompletedV1,
  // subsidies
  SubsidyRoundOpened: SubsidyRoundOpenedV1,
  SubsidyApplicationSubmitted: SubsidyApplicationSubmittedV1,
  SubsidyInformationRequested: SubsidyInformationRequestedV1,
  SubsidyApplicationResubmitted: SubsidyApplicationResubmittedV1,
  SubsidyGranted: SubsidyGrantedV1,
  SubsidyRejected: SubsidyRejectedV1,
  SubsidyApplicationWithdrawn: SubsidyApplicationWithdrawnV1,
  // participations
  SchoolEnrolled: SchoolEnrolledV2,
  ParticipationCompleted: ParticipationCompletedV1,
  SchoolWithdrew: SchoolWithdrewV1,
  SustainabilityAssessed: SustainabilityAssessedV1,
  ExpertCoachTrained: ExpertCoachTrainedV1,
} as const;

/** Every version of every enrolment event: what is published now, and what was and may still be on the topic. */
export const ENROLMENT_CONTRACTS = [
  ...Object.values(ENROLMENT_EVENTS),
  // Superseded, kept so that consumers still read the events published under them.
  SchoolRegisteredV1,
  InquiryReferredV1,
  SchoolEnrolledV1,
] as const;
