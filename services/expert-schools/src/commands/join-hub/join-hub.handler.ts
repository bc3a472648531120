import { Injectable } from '@nestjs/common';
import type { CalendarDay } from '@okr/contracts';
import { AggregateStore, type Stored } from '@okr/messaging';
import { activeDevelopmentSchool, type DevelopmentSchoolState } from '../../domain/development-school.entity';
import { ExpertSchoolsError } from '../../domain/expert-schools.errors';
import { joinHub, type HubState } from '../../domain/hub.entity';
import { streams } from '../../infrastructure/expert-schools.aggregates';
import { ExpertSchoolsDirectory } from '../../infrastructure/expert-schools.directory';

export interface JoinHub {
  readonly hubId: string;
  readonly developmentSchoolId: string;
  readonly joinedOn: CalendarDay;
  readonly actor: string;
}

@Injectable()
export class JoinHubHandler {
  constructor(
    private readonly store: AggregateStore,
    private readonly directory: ExpertSchoolsDirectory,
  ) {}

  async execute({ hubId, developmentSchoolId, joinedOn, actor }: JoinHub): Promise<Stored<HubState>> {
    const school = activeDevelopmentSchool(
      (await this.store.require<DevelopmentSchoolState>(streams.developmentSchool(developmentSchoolId)))
        .state,
    );
    // A school follows one hub's track. Checked across the year's hubs before the change: two coordinators
    // placing one school in two hubs at the same moment could both pass; they see it in the hubs' lists.
    const elsewhere = (await this.directory.hubsOf(school.schoolYear)).find(
      (hub) =>
        hub.hubId !== hubId &&
        hub.members.some((member) => member.developmentSchoolId === developmentSchoolId),
    );
    if (elsewhere) {
      throw new ExpertSchoolsError(
        'DEVELOPMENT_SCHOOL.ALREADY_IN_HUB',
        'The development school is in another hub',
        {
          hubId: elsewhere.hubId,
        },
      );
    }
    return this.store.change<HubState>(streams.hub(hubId), { command: 'join-hub', actor }, (current) =>
      joinHub(current, { school, joinedOn }),
    );
  }
}
