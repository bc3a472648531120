import { Injectable } from '@nestjs/common';
import type { CalendarDay, Region } from '@okr/contracts';
import { AggregateStore, type Stored } from '@okr/messaging';
import { formRegionalNetwork, type RegionalNetworkState } from '../../domain/regional-network.entity';
import { networkIdFor, streams } from '../../infrastructure/expert-schools.aggregates';
import { ExpertSchoolsDirectory } from '../../infrastructure/expert-schools.directory';

export interface FormRegionalNetwork {
  readonly region: Region;
  readonly title: string;
  readonly formedOn: CalendarDay;
  readonly expertTeacherCount: number;
  readonly expertSchoolLeaderCount: number;
  readonly expertSchoolBrins: readonly string[];
  readonly actor: string;
}

@Injectable()
export class FormRegionalNetworkHandler {
  constructor(
    private readonly store: AggregateStore,
    private readonly directory: ExpertSchoolsDirectory,
  ) {}

  async execute({ actor, ...network }: FormRegionalNetwork): Promise<Stored<RegionalNetworkState>> {
    // Its members work at expert schools: each must be one (EXPERT_SCHOOL.NOT_FOUND names the first that is not).
    for (const brin of new Set(network.expertSchoolBrins)) await this.directory.expertSchool(brin);
    const networkId = networkIdFor(network.region);
    return this.store.change<RegionalNetworkState>(
      streams.network(networkId),
      { command: 'form-regional-network', actor, expectNew: true },
      (current) => formRegionalNetwork(current, { networkId, ...network }),
    );
  }
}
