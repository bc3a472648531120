import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AggregateStore } from '@okr/messaging';
import { IdParam, Roles } from '@okr/service-kit';
import type { SubProjectState } from '../../domain/sub-project.entity';
import { SubProjectResponse, subProjectResponse } from '../../http/sub-project.response';
import { streams } from '../../infrastructure/labs.aggregates';

@ApiTags('sub-projects')
@Controller('sub-projects')
export class GetSubProjectHttpController {
  constructor(private readonly store: AggregateStore) {}

  @Get(':id')
  @Roles('pillar-team:labs', 'helpdesk', 'admin')
  @ApiOperation({ summary: 'A sub-project: its 5D phase, the way it came, and what each phase delivered' })
  @ApiOkResponse({ type: SubProjectResponse })
  @ApiNotFoundResponse({ description: 'SUB_PROJECT.NOT_FOUND' })
  async get(@Param() { id }: IdParam): Promise<SubProjectResponse> {
    return subProjectResponse(await this.store.require<SubProjectState>(streams.subProject(id)));
  }
}
