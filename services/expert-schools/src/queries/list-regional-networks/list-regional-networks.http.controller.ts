import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AggregateStore } from '@okr/messaging';
import { Roles } from '@okr/service-kit';
import type { RegionalNetworkState } from '../../domain/regional-network.entity';
import { regionalNetworkResponse, RegionalNetworkResponse } from '../../http/courses.response';
import { READERS } from '../../http/roles';
import { AGGREGATE_TYPES } from '../../infrastructure/expert-schools.aggregates';

@ApiTags('regional networks')
@Controller('regional-networks')
export class ListRegionalNetworksHttpController {
  constructor(private readonly store: AggregateStore) {}

  @Get()
  @Roles(...READERS)
  @ApiOperation({ summary: 'The regional networks with their member counts' })
  @ApiOkResponse({ type: [RegionalNetworkResponse] })
  async list(): Promise<RegionalNetworkResponse[]> {
    return (await this.store.list<RegionalNetworkState>(AGGREGATE_TYPES.network))
      .sort((a, b) => a.state.region.localeCompare(b.state.region))
      .map(regionalNetworkResponse);
  }
}
