import { Injectable } from '@nestjs/common';
import type { InterventionResult } from '@okr/contracts';
import { AggregateStore, type Stored } from '@okr/messaging';
import { completePilot, type PilotState } from '../../domain/pilot.entity';
import { streams } from '../../infrastructure/labs.aggregates';

export interface CompletePilot {
  readonly pilotId: string;
  readonly result: InterventionResult;
  readonly pupilResultsEffectSize?: number;
  readonly completedOn: string;
  readonly actor: string;
}

@Injectable()
export class CompletePilotHandler {
  constructor(private readonly store: AggregateStore) {}

  async execute({ pilotId, actor, ...completion }: CompletePilot): Promise<Stored<PilotState>> {
    return this.store.change<PilotState>(
      streams.pilot(pilotId),
      { command: 'complete-pilot', actor },
      (current) => completePilot(current, completion),
    );
  }
}
