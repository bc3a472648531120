import { Injectable } from '@nestjs/common';
import type { WithdrawalReasonCode } from '@okr/contracts';
import { AggregateStore, type Stored } from '@okr/messaging';
import type { CalendarDay } from '../../domain/calendar-day.value-object';
import { withdrawParticipation, type ParticipationState } from '../../domain/participation.entity';
import { changeOf } from '../change-of';
import { streams } from '../../infrastructure/enrolment.aggregates';

export interface WithdrawParticipation {
  readonly participationId: string;
  readonly withdrawnOn: CalendarDay;
  readonly reasonCode: WithdrawalReasonCode;
  readonly notes?: string;
  readonly actor: string;
  /** Set by a bulk import: the row's key, so the change is committed once. */
  readonly causationKey?: string;
}

@Injectable()
export class WithdrawParticipationHandler {
  constructor(private readonly store: AggregateStore) {}

  async execute({
    participationId,
    actor,
    causationKey,
    ...withdrawal
  }: WithdrawParticipation): Promise<Stored<ParticipationState>> {
    return this.store.change<ParticipationState>(
      streams.participation(participationId),
      changeOf('withdraw-participation', actor, causationKey),
      (current) => withdrawParticipation(current, withdrawal),
    );
  }
}
