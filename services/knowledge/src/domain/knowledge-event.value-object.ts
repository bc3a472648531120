import { type KNOWLEDGE_EVENTS, type EventDataOf } from '@okr/contracts';
import type {
  Decision as KernelDecision,
  DomainEventOf,
  DomainEvent as KernelDomainEvent,
} from '@okr/messaging';

type Contracts = typeof KNOWLEDGE_EVENTS;
export type KnowledgeEventType = keyof Contracts;

/** A domain event: the contract's type and data. The store wraps it in an envelope. */
export type DomainEvent<K extends KnowledgeEventType = KnowledgeEventType> = KernelDomainEvent<
  K,
  EventDataOf<Contracts[K]>
>;

/** Any one knowledge event, its data typed by the contract of its type. */
export type KnowledgeEvent = DomainEventOf<Contracts>;

/** What a decide function returns: the next state and the events it causes (possibly none). */
export type Decision<S, E extends KnowledgeEvent = KnowledgeEvent> = KernelDecision<S, E>;

/**
 * Builds an event, its data typed against the contract, so a field the contract does not have (an asker's
 * e-mail, a committee's reasons) fails to compile rather than leak into the event stream.
 */
export function domainEvent<K extends KnowledgeEventType>(
  type: K,
  data: EventDataOf<Contracts[K]>,
): DomainEvent<K> {
  return { type, data };
}

/** The envelope subject the contracts name: the school for a use, the case for the Kennisrotonde, else the id. */
export function subjectOf(event: KnowledgeEvent): string {
  switch (event.type) {
    case 'KnowledgeProductUsed':
      return event.data.brin;
    case 'KennisrotondeQuestionReceived':
    case 'KennisrotondeQuestionAnswered':
    case 'KennisrotondeAnswerPublished':
      return event.data.caseId;
    case 'CongressHeld':
      return event.data.gatheringId;
    default:
      return event.data.productId;
  }
}
