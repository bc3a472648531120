import { ENROLMENT_EVENTS, type EventDataOf } from '@okr/contracts';
import type {
  Decision as KernelDecision,
  DomainEventOf,
  DomainEvent as KernelDomainEvent,
} from '@okr/messaging';

/** The contract of every event the enrolment domain produces, by event type. */
export const ENROLMENT_EVENT_CONTRACTS = ENROLMENT_EVENTS;

type Contracts = typeof ENROLMENT_EVENT_CONTRACTS;
export type EnrolmentEventType = keyof Contracts;

/** A domain event: the contract's type and data. The store wraps it in an envelope. */
export type DomainEvent<K extends EnrolmentEventType = EnrolmentEventType> = KernelDomainEvent<
  K,
  EventDataOf<Contracts[K]>
>;

/** Any one enrolment event, its data typed by the contract of its type. */
export type EnrolmentEvent = DomainEventOf<Contracts>;

/** What a decide function returns: the next state and the events it causes (possibly none). */
export type Decision<S, E extends EnrolmentEvent = EnrolmentEvent> = KernelDecision<S, E>;

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
