import { Injectable } from '@nestjs/common';
import { AggregateStore, type Stored } from '@okr/messaging';
import type { CalendarDay } from '../../domain/calendar-day.value-object';
import { recordExpertCoachTrained, type ParticipationState } from '../../domain/participation.entity';
import { changeOf } from '../change-of';
import { streams } from '../../infrastructure/enrolment.aggregates';

export interface RecordTrainedCoach {
  readonly participationId: string;
  readonly coachId: string;
  readonly trainedOn: CalendarDay;
  readonly actor: string;
  /** Set by a bulk import: the row's key, so the change is committed once. */
  readonly causationKey?: string;
}

@Injectable()
export class RecordTrainedCoachHandler {
  constructor(private readonly store: AggregateStore) {}

  async execute({
    participationId,
    actor,
    causationKey,
    ...coach
  }: RecordTrainedCoach): Promise<Stored<ParticipationState>> {
    return this.store.change<ParticipationState>(
      streams.participation(participationId),
      changeOf('record-trained-coach', actor, causationKey),
      (current) => recordExpertCoachTrained(current, coach),
    );
  }
}
