import { Injectable } from '@nestjs/common';
import type { CalendarDay } from '../../domain/calendar-day.value-object';
import { recordExpertCoachTrained, type ParticipationState } from '../../domain/participation.entity';
import { EnrolmentStore, type Stored } from '../../infrastructure/enrolment.store';
import { AGGREGATE_TYPES, streams } from '../../infrastructure/enrolment.streams';

export interface RecordTrainedCoach {
  readonly participationId: string;
  readonly coachId: string;
  readonly trainedOn: CalendarDay;
  readonly actor: string;
}

@Injectable()
export class RecordTrainedCoachHandler {
  constructor(private readonly store: EnrolmentStore) {}

  async execute({
    participationId,
    actor,
    ...coach
  }: RecordTrainedCoach): Promise<Stored<ParticipationState>> {
    return this.store.change<ParticipationState>(
      streams.participation(participationId),
      { command: 'record-trained-coach', actor, aggregateType: AGGREGATE_TYPES.participation },
      (current) => recordExpertCoachTrained(current, coach),
    );
  }
}
