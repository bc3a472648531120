import { Injectable } from '@nestjs/common';
import { AggregateStore, type Stored } from '@okr/messaging';
import type { CalendarDay } from '../../domain/calendar-day.value-object';
import { recordExpertCoachTrained, type ParticipationState } from '../../domain/participation.entity';
import { streams } from '../../infrastructure/enrolment.aggregates';

export interface RecordTrainedCoach {
  readonly participationId: string;
  readonly coachId: string;
  readonly trainedOn: CalendarDay;
  readonly actor: string;
}

@Injectable()
export class RecordTrainedCoachHandler {
  constructor(private readonly store: AggregateStore) {}

  async execute({
    participationId,
    actor,
    ...coach
  }: RecordTrainedCoach): Promise<Stored<ParticipationState>> {
    return this.store.change<ParticipationState>(
      streams.participation(participationId),
      { command: 'record-trained-coach', actor },
      (current) => recordExpertCoachTrained(current, coach),
    );
  }
}
