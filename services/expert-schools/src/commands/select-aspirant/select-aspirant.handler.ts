import { Injectable } from '@nestjs/common';
import type { CalendarDay, SchoolType } from '@okr/contracts';
import { AggregateStore, type Stored } from '@okr/messaging';
import { selectAspirant, type Approach, type AspirantState } from '../../domain/aspirant.entity';
import { ExpertSchoolsError } from '../../domain/expert-schools.errors';
import type { LabInterventionState } from '../../domain/lab-intervention.entity';
import type { SchoolState } from '../../domain/school.entity';
import { streams } from '../../infrastructure/expert-schools.aggregates';

export interface SelectAspirant {
  readonly aspirantId: string;
  readonly selectedOn: CalendarDay;
  readonly schoolType: SchoolType;
  readonly approach: Approach;
  readonly actor: string;
}

@Injectable()
export class SelectAspirantHandler {
  constructor(private readonly store: AggregateStore) {}

  async execute({ aspirantId, actor, ...selection }: SelectAspirant): Promise<Stored<AspirantState>> {
    return this.store.change<AspirantState>(
      streams.aspirant(aspirantId),
      { command: 'select-aspirant', actor },
      async (current) => {
        // The region is the help desk's, as far as it is known here; a school it never registered has none.
        const school = current && (await this.store.loadReference<SchoolState>(streams.school(current.brin)));
        const region = school?.state.region;
        const decided = selectAspirant(current, {
          ...selection,
          ...(region !== undefined ? { region } : {}),
        });
        await this.requireLabIntervention(selection.approach.labInterventionId);
        return decided;
      },
    );
  }

  /** An approach from a lab implements an intervention a lab designed (InterventionDesigned), not any id. */
  private async requireLabIntervention(interventionId: string | undefined): Promise<void> {
    if (interventionId === undefined) return;
    // A fresh read, not the reference cache: a selection is rare, and one just after the design must see it.
    const known = await this.store.load<LabInterventionState>(streams.labIntervention(interventionId));
    if (!known) {
      throw new ExpertSchoolsError(
        'ASPIRANT.UNKNOWN_LAB_INTERVENTION',
        'No co-creation lab designed this intervention (or its InterventionDesigned has not arrived yet)',
        { labInterventionId: interventionId },
      );
    }
  }
}
