import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AggregateStore } from '@okr/messaging';
import { IdParam, Roles } from '@okr/service-kit';
import type { PilotState } from '../../domain/pilot.entity';
import { PilotResponse, pilotResponse } from '../../http/pilot.response';
import { streams } from '../../infrastructure/labs.aggregates';

@ApiTags('pilots')
@Controller('pilots')
export class GetPilotHttpController {
  constructor(private readonly store: AggregateStore) {}

  @Get(':id')
  @Roles('pillar-team:labs', 'helpdesk', 'admin')
  @ApiOperation({ summary: 'A pilot and where it stands' })
  @ApiOkResponse({ type: PilotResponse })
  @ApiNotFoundResponse({ description: 'PILOT.NOT_FOUND' })
  async get(@Param() { id }: IdParam): Promise<PilotResponse> {
    return pilotResponse(await this.store.require<PilotState>(streams.pilot(id)));
  }
}
