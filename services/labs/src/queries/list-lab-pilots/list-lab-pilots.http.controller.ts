import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AggregateStore } from '@okr/messaging';
import { IdParam, Roles } from '@okr/service-kit';
import type { LabState } from '../../domain/lab.entity';
import type { PilotState } from '../../domain/pilot.entity';
import { PilotResponse, pilotResponse } from '../../http/pilot.response';
import { AGGREGATE_TYPES, streams } from '../../infrastructure/labs.aggregates';

@ApiTags('pilots')
@Controller('labs')
export class ListLabPilotsHttpController {
  constructor(private readonly store: AggregateStore) {}

  @Get(':id/pilots')
  @Roles('pillar-team:labs', 'helpdesk', 'admin')
  @ApiOperation({ summary: "A lab's pilots, earliest planned first" })
  @ApiOkResponse({ type: [PilotResponse] })
  @ApiNotFoundResponse({ description: 'LAB.NOT_FOUND' })
  async list(@Param() { id }: IdParam): Promise<PilotResponse[]> {
    await this.store.require<LabState>(streams.lab(id));
    return (await this.store.list<PilotState>(AGGREGATE_TYPES.pilot, { labId: id }))
      .map(pilotResponse)
      .sort(
        (first, second) =>
          first.plannedStartOn.localeCompare(second.plannedStartOn) ||
          first.pilotId.localeCompare(second.pilotId),
      );
  }
}
