import { Injectable } from '@nestjs/common';
import type { CalendarDay } from '@okr/contracts';
import { AggregateStore, type Stored } from '@okr/messaging';
import { openHub, type HubState } from '../../domain/hub.entity';
import { hubIdFor, streams } from '../../infrastructure/expert-schools.aggregates';
import { ExpertSchoolsDirectory } from '../../infrastructure/expert-schools.directory';

export interface OpenHub {
  readonly expertSchoolBrin: string;
  readonly schoolYear: string;
  readonly openedOn: CalendarDay;
  readonly actor: string;
}

@Injectable()
export class OpenHubHandler {
  constructor(
    private readonly store: AggregateStore,
    private readonly directory: ExpertSchoolsDirectory,
  ) {}

  async execute({ expertSchoolBrin, schoolYear, openedOn, actor }: OpenHub): Promise<Stored<HubState>> {
    const expertSchool = await this.directory.expertSchool(expertSchoolBrin);
    const hubId = hubIdFor(expertSchoolBrin, schoolYear);
    return this.store.change<HubState>(
      streams.hub(hubId),
      { command: 'open-hub', actor, expectNew: true },
      (current) => openHub(current, { hubId, schoolYear, expertSchool, openedOn }),
    );
  }
}
