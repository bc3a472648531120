import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AggregateStore } from '@okr/messaging';
import { IdParam, Roles } from '@okr/service-kit';
import type { LabState } from '../../domain/lab.entity';
import type { LabDayState } from '../../domain/lab-day.entity';
import { LabDayResponse, labDayResponse } from '../../http/outputs.response';
import { AGGREGATE_TYPES, streams } from '../../infrastructure/labs.aggregates';

@ApiTags('lab days')
@Controller('labs')
export class ListLabDaysHttpController {
  constructor(private readonly store: AggregateStore) {}

  @Get(':id/lab-days')
  @Roles('pillar-team:labs', 'helpdesk', 'admin')
  @ApiOperation({ summary: "A lab's lab days with the schools that attended, earliest first" })
  @ApiOkResponse({ type: [LabDayResponse] })
  @ApiNotFoundResponse({ description: 'LAB.NOT_FOUND' })
  async list(@Param() { id }: IdParam): Promise<LabDayResponse[]> {
    await this.store.require<LabState>(streams.lab(id));
    return (await this.store.list<LabDayState>(AGGREGATE_TYPES.labDay, { labId: id }))
      .map(labDayResponse)
      .sort(
        (first, second) =>
          first.heldOn.localeCompare(second.heldOn) || first.labDayId.localeCompare(second.labDayId),
      );
  }
}
