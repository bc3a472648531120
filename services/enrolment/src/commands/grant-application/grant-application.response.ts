import { ApiProperty } from '@nestjs/swagger';
import { API_COUNT, API_DAY, API_UUID } from '@okr/service-kit';
import type { CalendarDay } from '../../domain/calendar-day.value-object';
import { APPLICATION_STATUSES, type ApplicationStatus } from '../../domain/subsidy-application.entity';
import { budgetStatus } from '../../domain/subsidy-round.entity';
import type { GrantOutcome } from './grant-application.handler';

/** What the round has left after a grant. */
export class GrantRoundView {
  @ApiProperty(API_UUID)
  roundId!: string;

  @ApiProperty(API_COUNT)
  budgetCents!: number;

  @ApiProperty(API_COUNT)
  grantedCents!: number;

  @ApiProperty({ type: 'integer' })
  remainingCents!: number;

  @ApiProperty(API_COUNT)
  grantedCount!: number;

  @ApiProperty({ type: 'integer' })
  grantsLeft!: number;
}

/** What a grant answers: the decision, the participation it started and what the round has left. */
export class GrantResponse {
  @ApiProperty(API_UUID)
  applicationId!: string;

  @ApiProperty({ enum: APPLICATION_STATUSES })
  status!: ApplicationStatus;

  @ApiProperty(API_COUNT)
  grantedAmountCents!: number;

  @ApiProperty(API_DAY)
  decidedOn!: CalendarDay;

  @ApiProperty(API_UUID)
  participationId!: string;

  @ApiProperty({ type: GrantRoundView })
  round!: GrantRoundView;
}

export function grantResponse({ application, participation, round }: GrantOutcome): GrantResponse {
  const budget = budgetStatus(round.state);
  return {
    applicationId: application.state.applicationId,
    status: application.state.status,
    grantedAmountCents: application.state.grantedAmountCents ?? 0,
    decidedOn: application.state.decidedOn ?? '',
    participationId: participation.state.participationId,
    round: {
      roundId: round.state.roundId,
      budgetCents: budget.budgetCents,
      grantedCents: budget.grantedCents,
      remainingCents: budget.remainingCents,
      grantedCount: budget.grantedCount,
      grantsLeft: budget.grantsLeft,
    },
  };
}
