import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AggregateStore } from '@okr/messaging';
import { IdParam, Roles } from '@okr/service-kit';
import type { HubState } from '../../domain/hub.entity';
import { hubResponse, HubResponse } from '../../http/hub.response';
import { READERS } from '../../http/roles';
import { streams } from '../../infrastructure/expert-schools.aggregates';

@ApiTags('hubs')
@Controller('hubs')
export class GetHubHttpController {
  constructor(private readonly store: AggregateStore) {}

  @Get(':id')
  @Roles(...READERS)
  @ApiOperation({ summary: 'A hub: its expert school, development schools and their learning tracks' })
  @ApiOkResponse({ type: HubResponse })
  @ApiNotFoundResponse({ description: 'HUB.NOT_FOUND' })
  async get(@Param() { id }: IdParam): Promise<HubResponse> {
    return hubResponse(await this.store.require<HubState>(streams.hub(id)));
  }
}
