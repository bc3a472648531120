import { Injectable } from '@nestjs/common';
import type { CalendarDay } from '../../domain/calendar-day.value-object';
import { assessSustainability, type ParticipationState } from '../../domain/participation.entity';
import { EnrolmentStore, type Stored } from '../../infrastructure/enrolment.store';
import { AGGREGATE_TYPES, streams } from '../../infrastructure/enrolment.streams';

export interface AssessSustainability {
  readonly participationId: string;
  readonly assessedOn: CalendarDay;
  readonly sustainableCulture: boolean;
  readonly actor: string;
}

@Injectable()
export class AssessSustainabilityHandler {
  constructor(private readonly store: EnrolmentStore) {}

  async execute({
    participationId,
    actor,
    ...assessment
  }: AssessSustainability): Promise<Stored<ParticipationState>> {
    return this.store.change<ParticipationState>(
      streams.participation(participationId),
      { command: 'assess-sustainability', actor, aggregateType: AGGREGATE_TYPES.participation },
      (current) => assessSustainability(current, assessment),
    );
  }
}
