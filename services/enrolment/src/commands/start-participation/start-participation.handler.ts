import { Injectable } from '@nestjs/common';
import { AggregateStore, type Stored } from '@okr/messaging';
import type { CalendarDay } from '../../domain/calendar-day.value-object';
import { startParticipation, type ParticipationState } from '../../domain/participation.entity';
import { changeOf } from '../change-of';
import { streams } from '../../infrastructure/enrolment.aggregates';

export interface StartParticipation {
  readonly participationId: string;
  readonly startedOn: CalendarDay;
  readonly actor: string;
  /** Set by a bulk import: the row's key, so the change is committed once. */
  readonly causationKey?: string;
}

@Injectable()
export class StartParticipationHandler {
  constructor(private readonly store: AggregateStore) {}

  async execute({
    participationId,
    actor,
    causationKey,
    startedOn,
  }: StartParticipation): Promise<Stored<ParticipationState>> {
    return this.store.change<ParticipationState>(
      streams.participation(participationId),
      changeOf('start-participation', actor, causationKey),
      (current) => startParticipation(current, { startedOn }),
    );
  }
}
