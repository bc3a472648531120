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
  type EventContract,
  type EventDataOf,
} from '@okr/contracts';

/** The contract of every event the enrolment domain produces, by event type. */
export const ENROLMENT_EVENT_CONTRACTS = {
  SchoolRegistered: SchoolRegisteredV1,
  SchoolProfileUpdated: SchoolProfileUpdatedV1,
  InquiryReceived: InquiryReceivedV1,
  ExploratoryConversationHeld: ExploratoryConversationHeldV1,
  InquiryReferred: InquiryReferredV1,
  InquiryClosed: InquiryClosedV1,
  IntakeCompleted: IntakeCompletedV1,
  SubsidyRoundOpened: SubsidyRoundOpenedV1,
  SubsidyApplicationSubmitted: SubsidyApplicationSubmittedV1,
  SubsidyInformationRequested: SubsidyInformationRequestedV1,
  SubsidyApplicationResubmitted: SubsidyApplicationResubmittedV1,
  SubsidyGranted: SubsidyGrantedV1,
  SubsidyRejected: SubsidyRejectedV1,
  SubsidyApplicationWithdrawn: SubsidyApplicationWithdrawnV1,
  SchoolEnrolled: SchoolEnrolledV1,
  ParticipationCompleted: ParticipationCompletedV1,
  SchoolWithdrew: SchoolWithdrewV1,
  SustainabilityAssessed: SustainabilityAssessedV1,
  ExpertCoachTrained: ExpertCoachTrainedV1,
} as const;

type Contracts = typeof ENROLMENT_EVENT_CONTRACTS;
export type EnrolmentEventType = keyof Contracts;

/** A domain event: the contract's type and data. The store wraps it in an envelope. */
export interface DomainEvent<TType extends EnrolmentEventType = EnrolmentEventType> {
  readonly type: TType;
  readonly data: EventDataOf<Contracts[TType]>;
}

export type EnrolmentEvent = { [K in EnrolmentEventType]: DomainEvent<K> }[EnrolmentEventType];

/** What a decide function returns: the next state and the events it causes (possibly none). */
export interface Decision<S, E extends EnrolmentEvent = EnrolmentEvent> {
  readonly state: S;
  readonly events: readonly E[];
}

/**
 * Builds an event. Its data is typed against the contract's data class, so a field the contract does not
 * have (a contact's name, a motivation) fails to compile rather than leak into the event stream.
 */
export function domainEvent<K extends EnrolmentEventType>(
  type: K,
  data: EventDataOf<Contracts[K]>,
): DomainEvent<K> {
  return { type, data };
}

/** The contract an event is published under. */
export function contractOf(event: EnrolmentEvent): EventContract<object> {
  return ENROLMENT_EVENT_CONTRACTS[event.type];
}

/**
 * The envelope subject (Kafka key) the contracts name: the BRIN of the school; the inquiry id for an inquiry
 * of a school not yet registered; the round id for a round.
 */
export function subjectOf(event: EnrolmentEvent): string {
  if (event.type === 'SubsidyRoundOpened') return event.data.roundId;
  const data: { brin?: string; inquiryId?: string } = event.data;
  const subject = data.brin ?? data.inquiryId;
  if (subject === undefined) throw new Error(`${event.type} has neither a brin nor an inquiry id`);
  return subject;
}
