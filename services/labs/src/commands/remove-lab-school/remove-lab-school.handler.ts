import { Injectable } from '@nestjs/common';
import { AggregateStore, type Stored } from '@okr/messaging';
import type { LabState } from '../../domain/lab.entity';
import { removeLabSchool, type RosterState } from '../../domain/roster.entity';
import { streams } from '../../infrastructure/labs.aggregates';

export interface RemoveLabSchool {
  readonly labId: string;
  readonly brin: string;
  readonly schoolYear?: string;
  readonly leftOn: string;
  readonly actor: string;
}

@Injectable()
export class RemoveLabSchoolHandler {
  constructor(private readonly store: AggregateStore) {}

  async execute({ labId, actor, ...departure }: RemoveLabSchool): Promise<Stored<RosterState>> {
    await this.store.require<LabState>(streams.lab(labId));
    return this.store.change<RosterState>(
      streams.roster(labId),
      { command: 'remove-lab-school', actor },
      (current) => removeLabSchool(current, departure),
    );
  }
}
