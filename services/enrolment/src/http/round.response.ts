import type { Stored } from '@okr/messaging';
import { isUndecided, type SubsidyApplicationState } from '../domain/subsidy-application.entity';
import {
  budgetStatus,
  type BudgetStatus,
  isOpenAt,
  type SubsidyRoundState,
} from '../domain/subsidy-round.entity';

/** Where the round stands in time: before, during or after its application period. */
export type RoundPhase = 'upcoming' | 'open' | 'closed';

/** A subsidy round as the API shows it, with where its budget stands. */
export interface RoundResponse {
  roundId: string;
  version: number;
  changedAt: string;
  schoolYear: string;
  opensAt: string;
  closesAt: string;
  phase: RoundPhase;
  budgetCents: number;
  maxGrants: number;
  activityAmounts: SubsidyRoundState['activityAmounts'];
  grants: SubsidyRoundState['grants'];
  /** The budget, with the amounts asked by undecided applications as `reservedCents`. */
  budget: BudgetStatus;
  undecidedApplications: number;
}

/** The amounts undecided applications ask, per round: the claims on a round's budget that may still come. */
export function undecidedAmountsByRound(
  applications: readonly Stored<SubsidyApplicationState>[],
): Map<string, number[]> {
  const byRound = new Map<string, number[]>();
  for (const { state } of applications) {
    if (!isUndecided(state)) continue;
    byRound.set(state.roundId, [...(byRound.get(state.roundId) ?? []), state.requestedAmountCents]);
  }
  return byRound;
}

export function roundPhaseAt(
  round: Pick<SubsidyRoundState, 'opensAt' | 'closesAt'>,
  moment: Date,
): RoundPhase {
  if (isOpenAt(round, moment)) return 'open';
  return moment.getTime() < Date.parse(round.opensAt) ? 'upcoming' : 'closed';
}

export function roundResponse(
  stored: Stored<SubsidyRoundState>,
  undecidedRequestedCents: readonly number[],
  now: Date,
): RoundResponse {
  const { state } = stored;
  return {
    roundId: state.roundId,
    version: stored.version,
    changedAt: stored.changedAt.toISOString(),
    schoolYear: state.schoolYear,
    opensAt: state.opensAt,
    closesAt: state.closesAt,
    phase: roundPhaseAt(state, now),
    budgetCents: state.budgetCents,
    maxGrants: state.maxGrants,
    activityAmounts: state.activityAmounts,
    grants: state.grants,
    budget: budgetStatus(state, undecidedRequestedCents),
    undecidedApplications: undecidedRequestedCents.length,
  };
}
