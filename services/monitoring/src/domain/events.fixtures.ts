import type {
  ExpertCoachTrainedV1Data,
  ExploratoryConversationHeldV1Data,
  InquiryClosedV1Data,
  InquiryReceivedV1Data,
  InquiryReferredV1Data,
  IntakeCompletedV1Data,
  ParticipationCompletedV1Data,
  SchoolEnrolledV1Data,
  SchoolProfileUpdatedV1Data,
  SchoolRegisteredV1Data,
  SchoolWithdrewV1Data,
  SubsidyApplicationSubmittedV1Data,
  SubsidyApplicationWithdrawnV1Data,
  SubsidyGrantedV1Data,
  SubsidyRejectedV1Data,
  SubsidyRoundOpenedV1Data,
  SustainabilityAssessedV1Data,
} from '@okr/contracts';
import { catalogue, PILLAR_OF_ACTIVITY } from '@okr/contracts';
import { applyEvent, emptyState, type MonitoringState } from './monitoring-state';
import { type EqualAccessSnapshot } from './projections/enrolment/equal-access';
import type { ProjectedEvent } from './projected-event';

// Test data for the projection: events as the projector hands them over, with data in the shape of the real
// contracts (events.fixtures.spec.ts checks each builder's data against its contract).

/** A UUID made from a number, so tests can name ids: uuid(1) → '00000000-0000-4000-8000-000000000001'. */
export function uuid(n: number): string {
  return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

/** A valid BRIN made from a number 0-675 999: brin(0) → '00AA', brin(1) → '01AA', brin(100) → '00AB'. */
export function brin(n: number): string {
  const letters = Math.floor(n / 100);
  const letter = (index: number): string => String.fromCharCode(65 + index);
  return `${String(n % 100).padStart(2, '0')}${letter(Math.floor(letters / 26) % 26)}${letter(letters % 26)}`;
}

export const NO_FLAGS: EqualAccessSnapshot = {
  weakPerforming: false,
  specialTargetGroups: false,
  specialisedEducation: false,
  smallRegional: false,
};

export interface EnvelopeFacts {
  occurredAt?: string;
  eventId?: string;
}

let eventNumber = 0;

/**
 * An event of `type` v1 with its data; a fresh eventId unless given, occurredAt 2024-01-15 unless given. The
 * data of a known contract is an instance of its data class, as the projector's validation hands it over.
 */
export function anEvent<T extends object>(
  type: string,
  data: T,
  envelope: EnvelopeFacts = {},
): ProjectedEvent {
  eventNumber += 1;
  return {
    eventId: envelope.eventId ?? uuid(1_000_000 + eventNumber),
    type,
    version: 1,
    occurredAt: envelope.occurredAt ?? '2024-01-15T09:00:00Z',
    subject: 'brin' in data && typeof data.brin === 'string' ? data.brin : 'subject',
    data: asValidated(type, 1, data),
  };
}

function asValidated(type: string, version: number, data: object): object {
  const contract = catalogue.find(type, version);
  return contract === undefined ? data : Object.assign(new contract.dataClass(), structuredClone(data));
}

/** The state the events fold into, in their order. */
export function stateOf(events: readonly ProjectedEvent[]): MonitoringState {
  const state = emptyState();
  for (const event of events) applyEvent(state, event);
  return state;
}

/** The same event, delivered again (same eventId, same facts). */
export function redelivered(event: ProjectedEvent): ProjectedEvent {
  return { ...structuredClone(event), data: asValidated(event.type, event.version, event.data) };
}

export function schoolRegistered(
  data: Partial<SchoolRegisteredV1Data> & { brin: string },
  envelope?: EnvelopeFacts,
): ProjectedEvent {
  const full: SchoolRegisteredV1Data = {
    name: `School ${data.brin}`,
    sector: 'PO',
    specialisedEducation: false,
    boardNumber: '41000',
    municipality: 'Utrecht',
    province: 'Utrecht',
    pupilCount: 250,
    equalAccess: { ...NO_FLAGS },
    ...data,
  };
  return anEvent('SchoolRegistered', full, envelope);
}

export function schoolProfileUpdated(
  data: Partial<SchoolProfileUpdatedV1Data> & { brin: string },
  envelope?: EnvelopeFacts,
): ProjectedEvent {
  const full: SchoolProfileUpdatedV1Data = {
    name: `School ${data.brin}`,
    sector: 'PO',
    specialisedEducation: false,
    boardNumber: '41000',
    municipality: 'Utrecht',
    province: 'Utrecht',
    pupilCount: 250,
    equalAccess: { ...NO_FLAGS },
    changedFields: ['equalAccess'],
    ...data,
  };
  return anEvent('SchoolProfileUpdated', full, envelope);
}

type ParticipationIdentity = Pick<SchoolEnrolledV1Data, 'brin' | 'activity' | 'sector' | 'schoolYear'>;

export function schoolEnrolled(
  data: Partial<SchoolEnrolledV1Data> & ParticipationIdentity,
  envelope?: EnvelopeFacts,
): ProjectedEvent {
  const full: SchoolEnrolledV1Data = {
    pillar: PILLAR_OF_ACTIVITY[data.activity],
    equalAccess: { ...NO_FLAGS },
    ...data,
  };
  return anEvent('SchoolEnrolled', full, envelope);
}

export function schoolWithdrew(
  data: Partial<SchoolWithdrewV1Data> & ParticipationIdentity,
  envelope?: EnvelopeFacts,
): ProjectedEvent {
  const full: SchoolWithdrewV1Data = {
    participationId: uuid(9),
    pillar: PILLAR_OF_ACTIVITY[data.activity],
    reasonCode: 'capacity',
    withdrawnOn: '2024-03-01',
    ...data,
  };
  return anEvent('SchoolWithdrew', full, envelope);
}

export function participationCompleted(
  data: Partial<ParticipationCompletedV1Data> & ParticipationIdentity,
  envelope?: EnvelopeFacts,
): ProjectedEvent {
  const pillar = PILLAR_OF_ACTIVITY[data.activity];
  const full: ParticipationCompletedV1Data = {
    participationId: uuid(9),
    pillar,
    completedOn: '2024-07-01',
    ...(pillar === 'improvement-culture' ? { pupilDevelopmentImproved: false } : {}),
    ...data,
  };
  return anEvent('ParticipationCompleted', full, envelope);
}

export function sustainabilityAssessed(
  data: Partial<SustainabilityAssessedV1Data> & Pick<SustainabilityAssessedV1Data, 'brin' | 'schoolYear'>,
  envelope?: EnvelopeFacts,
): ProjectedEvent {
  const full: SustainabilityAssessedV1Data = {
    participationId: uuid(9),
    activity: 'groeikracht',
    sustainableCulture: true,
    assessedOn: '2025-09-15',
    ...data,
  };
  return anEvent('SustainabilityAssessed', full, envelope);
}

export function expertCoachTrained(
  data: Partial<ExpertCoachTrainedV1Data> & Pick<ExpertCoachTrainedV1Data, 'coachId' | 'brin'>,
  envelope?: EnvelopeFacts,
): ProjectedEvent {
  const full: ExpertCoachTrainedV1Data = {
    participationId: uuid(9),
    activity: 'groeikracht',
    sector: 'PO',
    trainedOn: '2024-10-01',
    ...data,
  };
  return anEvent('ExpertCoachTrained', full, envelope);
}

export function inquiryReceived(
  data: Partial<InquiryReceivedV1Data> & { inquiryId: string },
  envelope?: EnvelopeFacts,
): ProjectedEvent {
  const full: InquiryReceivedV1Data = { channel: 'email', receivedAt: '2024-01-10T10:00:00Z', ...data };
  return anEvent('InquiryReceived', full, envelope);
}

export function conversationHeld(
  data: Partial<ExploratoryConversationHeldV1Data> & { inquiryId: string },
  envelope?: EnvelopeFacts,
): ProjectedEvent {
  const full: ExploratoryConversationHeldV1Data = { heldOn: '2024-01-20', ...data };
  return anEvent('ExploratoryConversationHeld', full, envelope);
}

export function inquiryReferred(
  data: Partial<InquiryReferredV1Data> & { inquiryId: string },
  envelope?: EnvelopeFacts,
): ProjectedEvent {
  const full: InquiryReferredV1Data = { referral: 'activities', activities: ['groeikracht'], ...data };
  return anEvent('InquiryReferred', full, envelope);
}

export function inquiryClosed(
  data: Partial<InquiryClosedV1Data> & { inquiryId: string },
  envelope?: EnvelopeFacts,
): ProjectedEvent {
  const full: InquiryClosedV1Data = { closedOn: '2024-02-01', outcome: 'referred', ...data };
  return anEvent('InquiryClosed', full, envelope);
}

export function intakeCompleted(
  data: Partial<IntakeCompletedV1Data> & Pick<IntakeCompletedV1Data, 'intakeId' | 'brin'>,
  envelope?: EnvelopeFacts,
): ProjectedEvent {
  const activity = data.activity ?? 'groeikracht';
  const full: IntakeCompletedV1Data = {
    activity,
    pillar: PILLAR_OF_ACTIVITY[activity],
    outcome: 'fit',
    heldOn: '2024-02-10',
    ...data,
  };
  return anEvent('IntakeCompleted', full, envelope);
}

export function roundOpened(
  data: Partial<SubsidyRoundOpenedV1Data> & { roundId: string },
  envelope?: EnvelopeFacts,
): ProjectedEvent {
  const full: SubsidyRoundOpenedV1Data = {
    schoolYear: '2024-2025',
    opensAt: '2024-01-01T00:00:00Z',
    closesAt: '2024-04-01T00:00:00Z',
    budgetCents: 100_000_000,
    maxGrants: 10,
    activityAmounts: [{ activity: 'groeikracht', maxAmountCents: 5_000_000 }],
    ...data,
  };
  return anEvent('SubsidyRoundOpened', full, envelope);
}

export function applicationSubmitted(
  data: Partial<SubsidyApplicationSubmittedV1Data> &
    Pick<SubsidyApplicationSubmittedV1Data, 'applicationId' | 'brin' | 'roundId'>,
  envelope?: EnvelopeFacts,
): ProjectedEvent {
  const activity = data.activity ?? 'groeikracht';
  const full: SubsidyApplicationSubmittedV1Data = {
    activity,
    pillar: PILLAR_OF_ACTIVITY[activity],
    schoolYear: '2024-2025',
    requestedAmountCents: 5_000_000,
    submittedAt: '2024-02-20T12:00:00Z',
    decisionDueOn: '2024-05-21',
    ...data,
  };
  return anEvent('SubsidyApplicationSubmitted', full, envelope);
}

export function subsidyGranted(
  data: Partial<SubsidyGrantedV1Data> & Pick<SubsidyGrantedV1Data, 'applicationId' | 'brin' | 'roundId'>,
  envelope?: EnvelopeFacts,
): ProjectedEvent {
  const activity = data.activity ?? 'groeikracht';
  const full: SubsidyGrantedV1Data = {
    activity,
    pillar: PILLAR_OF_ACTIVITY[activity],
    sector: 'PO',
    schoolYear: '2024-2025',
    grantedAmountCents: 5_000_000,
    decidedOn: '2024-03-20',
    ...data,
  };
  return anEvent('SubsidyGranted', full, envelope);
}

export function subsidyRejected(
  data: Partial<SubsidyRejectedV1Data> & Pick<SubsidyRejectedV1Data, 'applicationId' | 'brin' | 'roundId'>,
  envelope?: EnvelopeFacts,
): ProjectedEvent {
  const full: SubsidyRejectedV1Data = {
    activity: 'groeikracht',
    schoolYear: '2024-2025',
    reasonCode: 'not-eligible',
    decidedOn: '2024-03-20',
    ...data,
  };
  return anEvent('SubsidyRejected', full, envelope);
}

export function applicationWithdrawn(
  data: Partial<SubsidyApplicationWithdrawnV1Data> &
    Pick<SubsidyApplicationWithdrawnV1Data, 'applicationId' | 'brin' | 'roundId'>,
  envelope?: EnvelopeFacts,
): ProjectedEvent {
  const full: SubsidyApplicationWithdrawnV1Data = { withdrawnOn: '2024-03-01', ...data };
  return anEvent('SubsidyApplicationWithdrawn', full, envelope);
}
