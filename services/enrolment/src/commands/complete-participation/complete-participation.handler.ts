import { Injectable } from '@nestjs/common';
import type { CalendarDay } from '../../domain/calendar-day.value-object';
import { completeParticipation, type ParticipationState } from '../../domain/participation.entity';
import { EnrolmentStore, type Stored } from '../../infrastructure/enrolment.store';
import { AGGREGATE_TYPES, streams } from '../../infrastructure/enrolment.streams';

export interface CompleteParticipation {
  readonly participationId: string;
  readonly completedOn: CalendarDay;
  readonly pupilDevelopmentImproved?: boolean;
  readonly actor: string;
}

@Injectable()
export class CompleteParticipationHandler {
  constructor(private readonly store: EnrolmentStore) {}

  async execute({
    participationId,
    actor,
    ...completion
  }: CompleteParticipation): Promise<Stored<ParticipationState>> {
    return this.store.change<ParticipationState>(
      streams.participation(participationId),
      { command: 'complete-participation', actor, aggregateType: AGGREGATE_TYPES.participation },
      (current) => completeParticipation(current, completion),
    );
  }
}
