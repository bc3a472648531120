import { ApiProperty } from '@nestjs/swagger';
import { ACTIVITIES, type Activity, SCHOOL_YEAR_PATTERN } from '@okr/contracts';
import type { Stored } from '@okr/messaging';
import { API_COUNT, API_MOMENT, API_UUID } from '@okr/service-kit';
import { isUndecided, type SubsidyApplicationState } from '../domain/subsidy-application.entity';
import {
  budgetStatus,
  type BudgetStatus,
  isOpenAt,
  type SubsidyRoundState,
} from '../domain/subsidy-round.entity';

/** Where the round stands in time: before, during or after its application period. */
export type RoundPhase = 'upcoming' | 'open' | 'closed';

export class ActivityAmountView {
  @ApiProperty({ enum: ACTIVITIES })
  activity!: Activity;

  @ApiProperty(API_COUNT)
  maxAmountCents!: number;
}

export class RoundGrantView {
  @ApiProperty(API_UUID)
  applicationId!: string;

  @ApiProperty(API_COUNT)
  amountCents!: number;
}

/** Where a round's budget stands. */
export class BudgetStatusView implements BudgetStatus {
  @ApiProperty(API_COUNT)
  budgetCents!: number;

  @ApiProperty({ ...API_COUNT, description: 'reserved by granted applications' })
  grantedCents!: number;

  @ApiProperty(API_COUNT)
  grantedCount!: number;

  @ApiProperty({ type: 'integer' })
  grantsLeft!: number;

  @ApiProperty({ ...API_COUNT, description: 'asked for by applications still undecided' })
  reservedCents!: number;

  @ApiProperty({ type: 'integer', description: 'the budget not granted' })
  remainingCents!: number;

  @ApiProperty({
    type: 'integer',
    description:
      'what would remain if every undecided application were granted in full; negative when oversubscribed',
  })
  remainingAfterReservedCents!: number;
}

/** A subsidy round as the API shows it, with where its budget stands. */
export class RoundResponse {
  @ApiProperty(API_UUID)
  roundId!: string;

  @ApiProperty(API_COUNT)
  version!: number;

  @ApiProperty(API_MOMENT)
  changedAt!: string;

  @ApiProperty({ pattern: SCHOOL_YEAR_PATTERN.source, example: '2025-2026' })
  schoolYear!: string;

  @ApiProperty(API_MOMENT)
  opensAt!: string;

  @ApiProperty(API_MOMENT)
  closesAt!: string;

  @ApiProperty({ enum: ['upcoming', 'open', 'closed'] })
  phase!: RoundPhase;

  @ApiProperty(API_COUNT)
  budgetCents!: number;

  @ApiProperty(API_COUNT)
  maxGrants!: number;

  @ApiProperty({ type: [ActivityAmountView] })
  activityAmounts!: SubsidyRoundState['activityAmounts'];

  @ApiProperty({ type: [RoundGrantView] })
  grants!: SubsidyRoundState['grants'];

  @ApiProperty({
    type: BudgetStatusView,
    description: 'the budget, with the amounts asked by undecided applications as reservedCents',
  })
  budget!: BudgetStatus;

  @ApiProperty(API_COUNT)
  undecidedApplications!: number;
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
    // The step a reservation is fenced by is the round's own bookkeeping, not part of the answer.
    grants: state.grants.map(({ applicationId, amountCents }) => ({ applicationId, amountCents })),
    budget: budgetStatus(state, undecidedRequestedCents),
    undecidedApplications: undecidedRequestedCents.length,
  };
}
