import { Injectable } from '@nestjs/common';
import { AggregateStore, type Stored } from '@okr/messaging';
import type { CalendarDay } from '../../domain/calendar-day.value-object';
import { assessSustainability, type ParticipationState } from '../../domain/participation.entity';
import { changeOf } from '../change-of';
import { streams } from '../../infrastructure/enrolment.aggregates';

export interface AssessSustainability {
  readonly participationId: string;
  readonly assessedOn: CalendarDay;
  readonly sustainableCulture: boolean;
  readonly actor: string;
  /** Set by a bulk import: the row's key, so the change is committed once. */
  readonly causationKey?: string;
}

@Injectable()
export class AssessSustainabilityHandler {
  constructor(private readonly store: AggregateStore) {}

  async execute({
    participationId,
    actor,
    causationKey,
    ...assessment
  }: AssessSustainability): Promise<Stored<ParticipationState>> {
    return this.store.change<ParticipationState>(
      streams.participation(participationId),
      changeOf('assess-sustainability', actor, causationKey),
      (current) => assessSustainability(current, assessment),
    );
  }
}
