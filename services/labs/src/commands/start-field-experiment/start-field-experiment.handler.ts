import { Injectable } from '@nestjs/common';
import { AggregateStore, type Stored } from '@okr/messaging';
import { startFieldExperiment, type PilotState } from '../../domain/pilot.entity';
import { streams } from '../../infrastructure/labs.aggregates';

@Injectable()
export class StartFieldExperimentHandler {
  constructor(private readonly store: AggregateStore) {}

  async execute(input: { pilotId: string; startedOn: string; actor: string }): Promise<Stored<PilotState>> {
    return this.store.change<PilotState>(
      streams.pilot(input.pilotId),
      { command: 'start-field-experiment', actor: input.actor },
      (current) => startFieldExperiment(current, { startedOn: input.startedOn }),
    );
  }
}
