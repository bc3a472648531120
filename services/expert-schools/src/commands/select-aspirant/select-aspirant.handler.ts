import { Injectable } from '@nestjs/common';
import type { CalendarDay, SchoolType } from '@okr/contracts';
import { AggregateStore, type Stored } from '@okr/messaging';
import { selectAspirant, type Approach, type AspirantState } from '../../domain/aspirant.entity';
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
        return selectAspirant(current, { ...selection, ...(region !== undefined ? { region } : {}) });
      },
    );
  }
}
