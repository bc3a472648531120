import { CongressHeldV1, type GatheringKind } from '@okr/contracts';
import { handlerFor, projection } from '../projection';

/** A congress, webinar or network meeting the NRO held. */
export interface GatheringFact {
  gatheringId: string;
  kind: GatheringKind;
  heldOn: string;
  attendees: number;
  averageRating?: number;
}

const on = handlerFor<GatheringFact>();

/** Gatherings by id: recorded once, so the one event gives every field. */
export const gatheringProjection = projection('gatherings', [
  on(CongressHeldV1, {
    key: (data) => data.gatheringId,
    initial: ({ data }) => ({
      gatheringId: data.gatheringId,
      kind: data.kind,
      heldOn: data.heldOn,
      attendees: data.attendees,
      ...(data.averageRating !== undefined ? { averageRating: data.averageRating } : {}),
    }),
    evolve: () => undefined,
  }),
]);
