import { Injectable } from '@nestjs/common';
import { AggregateStore, type Stored } from '@okr/messaging';
import type { CalendarDay } from '../../domain/calendar-day.value-object';
import { assessSustainability, type ParticipationState } from '../../domain/participation.entity';
import { streams } from '../../infrastructure/enrolment.aggregates';

export interface AssessSustainability {
  readonly participationId: string;
  readonly assessedOn: CalendarDay;
  readonly sustainableCulture: boolean;
  readonly actor: string;
}

@Injectable()
export class AssessSustainabilityHandler {
  constructor(private readonly store: AggregateStore) {}

  async execute({
    participationId,
    actor,
    ...assessment
  }: AssessSustainability): Promise<Stored<ParticipationState>> {
    return this.store.change<ParticipationState>(
      streams.participation(participationId),
      { command: 'assess-sustainability', actor },
      (current) => assessSustainability(current, assessment),
    );
  }
}
