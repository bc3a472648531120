import { Injectable } from '@nestjs/common';
import type { CalendarDay } from '@okr/contracts';
import { AggregateStore, type Stored } from '@okr/messaging';
import { assessAspirant, type AspirantState } from '../../domain/aspirant.entity';
import type { CriterionAssessment } from '../../domain/selection-criteria.value-object';
import { streams } from '../../infrastructure/expert-schools.aggregates';

export interface AssessAspirant {
  readonly aspirantId: string;
  readonly assessedOn: CalendarDay;
  readonly criteria: readonly CriterionAssessment[];
  readonly actor: string;
}

@Injectable()
export class AssessAspirantHandler {
  constructor(private readonly store: AggregateStore) {}

  async execute({ aspirantId, actor, ...assessment }: AssessAspirant): Promise<Stored<AspirantState>> {
    return this.store.change<AspirantState>(
      streams.aspirant(aspirantId),
      { command: 'assess-aspirant', actor },
      (current) => assessAspirant(current, assessment),
    );
  }
}
