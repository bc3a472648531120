import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AggregateStore } from '@okr/messaging';
import { IdParam, Roles } from '@okr/service-kit';
import type { GatheringState } from '../../domain/gathering.entity';
import { GatheringResponse } from '../../http/gathering.response';
import { READERS } from '../../http/roles';
import { streams } from '../../infrastructure/knowledge.aggregates';

@ApiTags('gatherings')
@Controller('gatherings')
export class GetGatheringHttpController {
  constructor(private readonly store: AggregateStore) {}

  @Get(':id')
  @Roles(...READERS)
  @ApiOperation({ summary: 'A gathering the NRO held' })
  @ApiOkResponse({ type: GatheringResponse })
  @ApiNotFoundResponse({ description: 'GATHERING.NOT_FOUND' })
  async get(@Param() { id }: IdParam): Promise<GatheringResponse> {
    const { state } = await this.store.require<GatheringState>(streams.gathering(id));
    return { ...state, themes: [...state.themes] };
  }
}
