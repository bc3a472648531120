import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AggregateStore } from '@okr/messaging';
import { IdParam, Roles } from '@okr/service-kit';
import type { LabState } from '../../domain/lab.entity';
import type { SubProjectState } from '../../domain/sub-project.entity';
import { SubProjectResponse, subProjectResponse } from '../../http/sub-project.response';
import { AGGREGATE_TYPES, streams } from '../../infrastructure/labs.aggregates';

@ApiTags('sub-projects')
@Controller('labs')
export class ListLabSubProjectsHttpController {
  constructor(private readonly store: AggregateStore) {}

  @Get(':id/sub-projects')
  @Roles('pillar-team:labs', 'helpdesk', 'admin')
  @ApiOperation({ summary: "A lab's sub-projects, earliest started first" })
  @ApiOkResponse({ type: [SubProjectResponse] })
  @ApiNotFoundResponse({ description: 'LAB.NOT_FOUND' })
  async list(@Param() { id }: IdParam): Promise<SubProjectResponse[]> {
    await this.store.require<LabState>(streams.lab(id));
    return (await this.store.list<SubProjectState>(AGGREGATE_TYPES.subProject, { labId: id }))
      .map(subProjectResponse)
      .sort(
        (first, second) =>
          first.startedOn.localeCompare(second.startedOn) || first.title.localeCompare(second.title),
      );
  }
}
