import type { CalendarDay, GatheringKind } from '@okr/contracts';
import { DomainError } from './domain.errors';
import { domainEvent, type Decision, type DomainEvent } from './knowledge-event.value-object';

export const GATHERING_ERROR_CODES = ['GATHERING.ALREADY_RECORDED', 'GATHERING.NOT_FOUND'] as const;
export type GatheringErrorCode = (typeof GATHERING_ERROR_CODES)[number];
export class GatheringError extends DomainError<GatheringErrorCode> {}

/** A national congress, webinar or network meeting the NRO held for the programme (001 §3.3 Bijeenkomsten). */
export interface GatheringState {
  readonly gatheringId: string;
  readonly kind: GatheringKind;
  readonly title: string;
  readonly heldOn: CalendarDay;
  readonly attendees: number;
  readonly averageRating?: number;
  readonly themes: readonly string[];
}

/** Records a gathering that was held. */
export function recordGathering(
  current: GatheringState | undefined,
  input: GatheringState,
): Decision<GatheringState, DomainEvent<'CongressHeld'>> {
  if (current) {
    throw new GatheringError(
      'GATHERING.ALREADY_RECORDED',
      `Gathering ${current.gatheringId} was already recorded`,
    );
  }
  return {
    state: { ...input, title: input.title.trim() },
    events: [
      domainEvent('CongressHeld', {
        gatheringId: input.gatheringId,
        kind: input.kind,
        heldOn: input.heldOn,
        attendees: input.attendees,
        ...(input.averageRating !== undefined ? { averageRating: input.averageRating } : {}),
        themes: [...input.themes],
      }),
    ],
  };
}
