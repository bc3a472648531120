import { Injectable } from '@nestjs/common';
import { AggregateStore, type Stored } from '@okr/messaging';
import { setExpertTeam, type AspirantState } from '../../domain/aspirant.entity';
import type { TeamMember } from '../../domain/selection-criteria.value-object';
import { streams } from '../../infrastructure/expert-schools.aggregates';

export interface SetExpertTeam {
  readonly aspirantId: string;
  readonly members: readonly TeamMember[];
  readonly actor: string;
}

@Injectable()
export class SetExpertTeamHandler {
  constructor(private readonly store: AggregateStore) {}

  async execute({ aspirantId, members, actor }: SetExpertTeam): Promise<Stored<AspirantState>> {
    return this.store.change<AspirantState>(
      streams.aspirant(aspirantId),
      { command: 'set-expert-team', actor },
      (current) => setExpertTeam(current, members),
    );
  }
}
