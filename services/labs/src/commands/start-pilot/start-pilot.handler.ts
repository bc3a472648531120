import { Injectable } from '@nestjs/common';
import { AggregateStore, type Stored } from '@okr/messaging';
import { startPilot, type PilotState } from '../../domain/pilot.entity';
import { streams } from '../../infrastructure/labs.aggregates';

@Injectable()
export class StartPilotHandler {
  constructor(private readonly store: AggregateStore) {}

  async execute(input: { pilotId: string; startedOn: string; actor: string }): Promise<Stored<PilotState>> {
    return this.store.change<PilotState>(
      streams.pilot(input.pilotId),
      { command: 'start-pilot', actor: input.actor },
      (current) => startPilot(current, { startedOn: input.startedOn }),
    );
  }
}
