import { Injectable } from '@nestjs/common';
import type { CalendarDay, DropOutReasonCode } from '@okr/contracts';
import { AggregateStore, type Stored } from '@okr/messaging';
import { dropOutAspirant, type AspirantState } from '../../domain/aspirant.entity';
import { streams } from '../../infrastructure/expert-schools.aggregates';

export interface DropOutAspirant {
  readonly aspirantId: string;
  readonly droppedOutOn: CalendarDay;
  readonly reasonCode: DropOutReasonCode;
  readonly notes?: string;
  readonly actor: string;
}

@Injectable()
export class DropOutAspirantHandler {
  constructor(private readonly store: AggregateStore) {}

  async execute({ aspirantId, actor, ...dropOut }: DropOutAspirant): Promise<Stored<AspirantState>> {
    return this.store.change<AspirantState>(
      streams.aspirant(aspirantId),
      { command: 'drop-out-aspirant', actor },
      (current) => dropOutAspirant(current, dropOut),
    );
  }
}
