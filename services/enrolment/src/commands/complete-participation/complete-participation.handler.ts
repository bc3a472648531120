import { Injectable } from '@nestjs/common';
import { AggregateStore, type Stored } from '@okr/messaging';
import type { CalendarDay } from '../../domain/calendar-day.value-object';
import { completeParticipation, type ParticipationState } from '../../domain/participation.entity';
import { changeOf } from '../change-of';
import { streams } from '../../infrastructure/enrolment.aggregates';

export interface CompleteParticipation {
  readonly participationId: string;
  readonly completedOn: CalendarDay;
  readonly pupilDevelopmentImproved?: boolean;
  readonly actor: string;
  /** Set by a bulk import: the row's key, so the change is committed once. */
  readonly causationKey?: string;
}

@Injectable()
export class CompleteParticipationHandler {
  constructor(private readonly store: AggregateStore) {}

  async execute({
    participationId,
    actor,
    causationKey,
    ...completion
  }: CompleteParticipation): Promise<Stored<ParticipationState>> {
    return this.store.change<ParticipationState>(
      streams.participation(participationId),
      changeOf('complete-participation', actor, causationKey),
      (current) => completeParticipation(current, completion),
    );
  }
}
