import { Injectable } from '@nestjs/common';
import type { WithdrawalReasonCode } from '@okr/contracts';
import type { CalendarDay } from '../../domain/calendar-day.value-object';
import { withdrawParticipation, type ParticipationState } from '../../domain/participation.entity';
import { EnrolmentStore, type Stored } from '../../infrastructure/enrolment.store';
import { AGGREGATE_TYPES, streams } from '../../infrastructure/enrolment.streams';

export interface WithdrawParticipation {
  readonly participationId: string;
  readonly withdrawnOn: CalendarDay;
  readonly reasonCode: WithdrawalReasonCode;
  readonly notes?: string;
  readonly actor: string;
}

@Injectable()
export class WithdrawParticipationHandler {
  constructor(private readonly store: EnrolmentStore) {}

  async execute({
    participationId,
    actor,
    ...withdrawal
  }: WithdrawParticipation): Promise<Stored<ParticipationState>> {
    return this.store.change<ParticipationState>(
      streams.participation(participationId),
      { command: 'withdraw-participation', actor, aggregateType: AGGREGATE_TYPES.participation },
      (current) => withdrawParticipation(current, withdrawal),
    );
  }
}
