import type { CalendarDay } from '../../domain/calendar-day.value-object';
import type { ApplicationStatus } from '../../domain/subsidy-application.entity';
import { budgetStatus } from '../../domain/subsidy-round.entity';
import type { GrantOutcome } from './grant-application.handler';

/** What a grant answers: the decision, the participation it started and what the round has left. */
export interface GrantResponse {
  applicationId: string;
  status: ApplicationStatus;
  grantedAmountCents: number;
  decidedOn: CalendarDay;
  participationId: string;
  round: {
    roundId: string;
    budgetCents: number;
    grantedCents: number;
    remainingCents: number;
    grantedCount: number;
    grantsLeft: number;
  };
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
