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

  /** Takes the school off; answers the roster and the school years whose membership this ended. */
  async execute({
    labId,
    actor,
    ...departure
  }: RemoveLabSchool): Promise<{ roster: Stored<RosterState>; schoolYears: string[] }> {
    await this.store.require<LabState>(streams.lab(labId));
    let schoolYears: string[] = [];
    const roster = await this.store.change<RosterState>(
      streams.roster(labId),
      { command: 'remove-lab-school', actor },
      (current) => {
        const decision = removeLabSchool(current, departure);
        // After a lost race the store decides again: the attempt that commits is the last one made.
        schoolYears = decision.events.map((event) => event.data.schoolYear);
        return decision;
      },
    );
    return { roster, schoolYears };
  }
}
