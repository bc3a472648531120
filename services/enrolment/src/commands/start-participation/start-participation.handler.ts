import { Injectable } from '@nestjs/common';
import { AggregateStore, type Stored } from '@okr/messaging';
import type { CalendarDay } from '../../domain/calendar-day.value-object';
import { startParticipation, type ParticipationState } from '../../domain/participation.entity';
import { streams } from '../../infrastructure/enrolment.aggregates';

export interface StartParticipation {
  readonly participationId: string;
  readonly startedOn: CalendarDay;
  readonly actor: string;
}

@Injectable()
export class StartParticipationHandler {
  constructor(private readonly store: AggregateStore) {}

  async execute({
    participationId,
    actor,
    startedOn,
  }: StartParticipation): Promise<Stored<ParticipationState>> {
    return this.store.change<ParticipationState>(
      streams.participation(participationId),
      { command: 'start-participation', actor },
      (current) => startParticipation(current, { startedOn }),
    );
  }
}
