import { Injectable } from '@nestjs/common';
import type { WithdrawalReasonCode } from '@okr/contracts';
import { AggregateStore, type Stored } from '@okr/messaging';
import type { CalendarDay } from '../../domain/calendar-day.value-object';
import { withdrawParticipation, type ParticipationState } from '../../domain/participation.entity';
import { streams } from '../../infrastructure/enrolment.aggregates';

export interface WithdrawParticipation {
  readonly participationId: string;
  readonly withdrawnOn: CalendarDay;
  readonly reasonCode: WithdrawalReasonCode;
  readonly notes?: string;
  readonly actor: string;
}

@Injectable()
export class WithdrawParticipationHandler {
  constructor(private readonly store: AggregateStore) {}

  async execute({
    participationId,
    actor,
    ...withdrawal
  }: WithdrawParticipation): Promise<Stored<ParticipationState>> {
    return this.store.change<ParticipationState>(
      streams.participation(participationId),
      { command: 'withdraw-participation', actor },
      (current) => withdrawParticipation(current, withdrawal),
    );
  }
}
