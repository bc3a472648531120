import { type EXPERT_SCHOOLS_EVENTS, type EventDataOf } from '@okr/contracts';
import type {
  Decision as KernelDecision,
  DomainEventOf,
  DomainEvent as KernelDomainEvent,
} from '@okr/messaging';

type Contracts = typeof EXPERT_SCHOOLS_EVENTS;
export type ExpertSchoolsEventType = keyof Contracts;

/** A domain event: the contract's type and data. The store wraps it in an envelope. */
export type DomainEvent<K extends ExpertSchoolsEventType = ExpertSchoolsEventType> = KernelDomainEvent<
  K,
  EventDataOf<Contracts[K]>
>;

/** Any one expert-schools event, its data typed by the contract of its type. */
export type ExpertSchoolsEvent = DomainEventOf<Contracts>;

/** What a decide function returns: the next state and the events it causes (possibly none). */
export type Decision<S, E extends ExpertSchoolsEvent = ExpertSchoolsEvent> = KernelDecision<S, E>;

/**
 * Builds an event, its data typed against the contract's data class: a field the contract does not have (a
 * team member's name, an assessor's evidence) fails to compile rather than leak into the event stream.
 */
export function domainEvent<K extends ExpertSchoolsEventType>(
  type: K,
  data: EventDataOf<Contracts[K]>,
): DomainEvent<K> {
  return { type, data };
}

/** The envelope subject (Kafka key) the contracts name: a BRIN, or the network id for a network. */
export function subjectOf(event: ExpertSchoolsEvent): string {
  switch (event.type) {
    case 'RegionalNetworkFormed':
      return event.data.networkId;
    case 'HubFormed':
    case 'CourseGiven':
      return event.data.expertSchoolBrin;
    default:
      return event.data.brin;
  }
}
