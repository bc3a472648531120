import { Injectable } from '@nestjs/common';
import type { FiveDPhase, PillarCode } from '@okr/contracts';
import { AggregateStore, type Stored } from '@okr/messaging';
import { randomUUID } from 'node:crypto';
import type { LabState } from '../../domain/lab.entity';
import { startSubProject, type SubProjectState } from '../../domain/sub-project.entity';
import { streams } from '../../infrastructure/labs.aggregates';

export interface StartSubProject {
  readonly labId: string;
  readonly title: string;
  readonly phase: FiveDPhase;
  readonly themes: readonly PillarCode[];
  readonly startedOn: string;
  readonly actor: string;
}

@Injectable()
export class StartSubProjectHandler {
  constructor(private readonly store: AggregateStore) {}

  async execute({ actor, labId, ...subProject }: StartSubProject): Promise<Stored<SubProjectState>> {
    const { state: lab } = await this.store.require<LabState>(streams.lab(labId));
    const subProjectId = randomUUID();
    return this.store.change<SubProjectState>(
      streams.subProject(subProjectId),
      { command: 'start-sub-project', actor, expectNew: true },
      (current) =>
        startSubProject(current, {
          subProjectId,
          labId,
          labCode: lab.code,
          labStartedOn: lab.startedOn,
          ...subProject,
        }),
    );
  }
}
