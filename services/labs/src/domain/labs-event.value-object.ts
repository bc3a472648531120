import { type LABS_EVENTS, type EventDataOf } from '@okr/contracts';
import type {
  Decision as KernelDecision,
  DomainEventOf,
  DomainEvent as KernelDomainEvent,
} from '@okr/messaging';

type Contracts = typeof LABS_EVENTS;
export type LabsEventType = keyof Contracts;

/** A domain event: the contract's type and data. The store wraps it in an envelope. */
export type DomainEvent<K extends LabsEventType = LabsEventType> = KernelDomainEvent<
  K,
  EventDataOf<Contracts[K]>
>;

/** Any one labs event, its data typed by the contract of its type. */
export type LabsEvent = DomainEventOf<Contracts>;

/** What a decide function returns: the next state and the events it causes (possibly none). */
export type Decision<S, E extends LabsEvent = LabsEvent> = KernelDecision<S, E>;

/**
 * Builds an event, its data typed against the contract's data class, so a field the contract does not have
 * (a lab's name, a summary in words) fails to compile rather than leak into the event stream.
 */
export function domainEvent<K extends LabsEventType>(
  type: K,
  data: EventDataOf<Contracts[K]>,
): DomainEvent<K> {
  return { type, data };
}

/** The envelope subject (Kafka key) of every labs event: its lab, so a lab's events arrive in order. */
export function subjectOf(event: LabsEvent): string {
  return event.data.labId;
}
