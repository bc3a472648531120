import { SetMetadata } from '@nestjs/common';
import type { EventContract } from '@okr/contracts';

export const HANDLES_EVENT = 'okr:handles-event';

/**
 * Marks a provider method as the handler of one event (type and version). It receives a ConsumedEvent with
 * the validated data; it runs once per event and consumer group when it commits through
 * `CommitStore.transact(..., { causationKey: event.idempotencyKey(stream) })`.
 */
export const HandlesEvent = (contract: EventContract): MethodDecorator =>
  SetMetadata(HANDLES_EVENT, contract);
