import { Injectable } from '@nestjs/common';
import { AggregateStore, type Stored } from '@okr/messaging';
import { randomUUID } from 'node:crypto';
import type { LabState } from '../../domain/lab.entity';
import { planPilot, type PilotState } from '../../domain/pilot.entity';
import type { RosterState } from '../../domain/roster.entity';
import type { SubProjectState } from '../../domain/sub-project.entity';
import { streams } from '../../infrastructure/labs.aggregates';

export interface PlanPilot {
  readonly labId: string;
  readonly subProjectId: string;
  readonly interventionId: string;
  readonly title: string;
  readonly brins: readonly string[];
  readonly plannedStartOn: string;
  readonly actor: string;
}

@Injectable()
export class PlanPilotHandler {
  constructor(private readonly store: AggregateStore) {}

  async execute({ actor, labId, subProjectId, ...pilot }: PlanPilot): Promise<Stored<PilotState>> {
    await this.store.require<LabState>(streams.lab(labId));
    const { state: subProject } = await this.store.require<SubProjectState>(streams.subProject(subProjectId));
    const roster = await this.store.load<RosterState>(streams.roster(labId));
    const pilotId = randomUUID();
    return this.store.change<PilotState>(
      streams.pilot(pilotId),
      { command: 'plan-pilot', actor, expectNew: true },
      (current) => planPilot(current, { pilotId, labId, subProject, roster: roster?.state, ...pilot }),
    );
  }
}
