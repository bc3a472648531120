import { SubsidyRoundOpenedV1, type SubsidyRoundOpenedV1Data } from '@okr/contracts';
import { replaceIfLater } from '../merge';
import { handlerFor, projection, type FactEvent } from '../projection';

export interface RoundFact {
  roundId: string;
  schoolYear: string;
  budgetCents: number;
  maxGrants: number;
  /** The latest SubsidyRoundOpened of the round wins. */
  stamp: string;
}

const on = handlerFor<RoundFact>();

/** Subsidy rounds by id, with the budget of their latest SubsidyRoundOpened. */
export const roundProjection = projection('rounds', [
  on(SubsidyRoundOpenedV1, {
    key: (data) => data.roundId,
    initial: roundOf,
    evolve: (round, event) => replaceIfLater(round, roundOf(event)),
  }),
]);

function roundOf({ data, stamp }: FactEvent<SubsidyRoundOpenedV1Data>): RoundFact {
  const { roundId, schoolYear, budgetCents, maxGrants } = data;
  return { roundId, schoolYear, budgetCents, maxGrants, stamp };
}
