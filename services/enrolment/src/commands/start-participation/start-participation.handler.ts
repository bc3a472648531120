import { Injectable } from '@nestjs/common';
import type { CalendarDay } from '../../domain/calendar-day.value-object';
import { startParticipation, type ParticipationState } from '../../domain/participation.entity';
import { EnrolmentStore, type Stored } from '../../infrastructure/enrolment.store';
import { AGGREGATE_TYPES, streams } from '../../infrastructure/enrolment.streams';

export interface StartParticipation {
  readonly participationId: string;
  readonly startedOn: CalendarDay;
  readonly actor: string;
}

@Injectable()
export class StartParticipationHandler {
  constructor(private readonly store: EnrolmentStore) {}

  async execute({
    participationId,
    actor,
    startedOn,
  }: StartParticipation): Promise<Stored<ParticipationState>> {
    return this.store.change<ParticipationState>(
      streams.participation(participationId),
      { command: 'start-participation', actor, aggregateType: AGGREGATE_TYPES.participation },
      (current) => startParticipation(current, { startedOn }),
    );
  }
}
