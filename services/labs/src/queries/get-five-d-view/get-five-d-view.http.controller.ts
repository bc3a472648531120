import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AggregateStore } from '@okr/messaging';
import { Clock, IdParam, Roles } from '@okr/service-kit';
import type { LabState } from '../../domain/lab.entity';
import { fiveDViewOf, type SubProjectState } from '../../domain/sub-project.entity';
import { FiveDViewResponse, fiveDViewResponse } from '../../http/sub-project.response';
import { AGGREGATE_TYPES, streams } from '../../infrastructure/labs.aggregates';

@ApiTags('sub-projects')
@Controller('labs')
export class GetFiveDViewHttpController {
  constructor(
    private readonly store: AggregateStore,
    private readonly clock: Clock,
  ) {}

  @Get(':id/five-d')
  @Roles('pillar-team:labs', 'helpdesk', 'admin')
  @ApiOperation({ summary: "The lab's 5D view: its sub-projects per phase and how long each has been there" })
  @ApiOkResponse({ type: FiveDViewResponse })
  @ApiNotFoundResponse({ description: 'LAB.NOT_FOUND' })
  async view(@Param() { id }: IdParam): Promise<FiveDViewResponse> {
    await this.store.require<LabState>(streams.lab(id));
    const subProjects = await this.store.list<SubProjectState>(AGGREGATE_TYPES.subProject, { labId: id });
    const today = this.clock.today();
    return fiveDViewResponse(
      id,
      today,
      fiveDViewOf(
        subProjects.map(({ state }) => state),
        today,
      ),
    );
  }
}
