// Events as the projector hands them to the projection, for the domain's unit tests: the contracts' example
// data (from @okr/contracts/testing) with the fields a test names, already validated.
import { catalogue, type EventContract } from '@okr/contracts';
import { envelopeOf, exampleOf, uuidOf } from '@okr/contracts/testing';
import { applyEvent, emptyState, type MonitoringState } from '../../src/domain/monitoring-state';
import type { ProjectedEvent } from '../../src/domain/projected-event';

/** The envelope's facts a test may set. */
export interface EnvelopeFacts {
  occurredAt?: string;
  eventId?: string;
}

let eventNumber = 0;

/**
 * An event of `contract`, any version: its example data with `overrides`, as an instance of the contract's
 * data class (as validation hands it over); a fresh eventId and occurredAt 2024-01-15 09:00 UTC unless given.
 */
export function anEvent<T extends object>(
  contract: EventContract<T>,
  overrides: Partial<T> = {},
  envelope: EnvelopeFacts = {},
): ProjectedEvent {
  eventNumber += 1;
  const { eventId, type, version, occurredAt, subject, data } = envelopeOf(
    contract,
    exampleOf(contract, overrides),
    {
      eventId: envelope.eventId ?? uuidOf(1_000_000 + eventNumber),
      occurredAt: envelope.occurredAt ?? '2024-01-15T09:00:00Z',
    },
  );
  return { eventId, type, version, occurredAt, subject, data: validated(contract, data) };
}

/** An event of a (type, version) the catalogue does not hold, as a producer ahead of monitoring sends it. */
export function anUnknownEvent(type: string, version: number, data: object): ProjectedEvent {
  if (catalogue.find(type, version) !== undefined) throw new Error(`${type} v${version} is in the catalogue`);
  eventNumber += 1;
  return {
    eventId: uuidOf(1_000_000 + eventNumber),
    type,
    version,
    occurredAt: '2024-01-15T09:00:00Z',
    subject: 'subject',
    data,
  };
}

/** The state the events fold into, in their order. */
export function stateOf(events: readonly ProjectedEvent[]): MonitoringState {
  const state = emptyState();
  for (const event of events) applyEvent(state, event);
  return state;
}

/** The same event, delivered again (same eventId, same facts). */
export function redelivered(event: ProjectedEvent): ProjectedEvent {
  const contract = catalogue.find(event.type, event.version);
  const data = contract === undefined ? structuredClone(event.data) : validated(contract, event.data);
  return { ...structuredClone(event), data };
}

function validated(contract: EventContract<object>, data: object): object {
  return Object.assign(new contract.dataClass(), structuredClone(data));
}
