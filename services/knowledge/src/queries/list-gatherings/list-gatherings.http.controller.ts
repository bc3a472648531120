import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AggregateStore } from '@okr/messaging';
import { type Page, pageOf, Roles } from '@okr/service-kit';
import type { GatheringState } from '../../domain/gathering.entity';
import type { GatheringResponse } from '../../http/gathering.response';
import { READERS } from '../../http/roles';
import { AGGREGATE_TYPES } from '../../infrastructure/knowledge.aggregates';
import { ListGatheringsQueryDto } from './list-gatherings.query.dto';

@ApiTags('gatherings')
@Controller('gatherings')
export class ListGatheringsHttpController {
  constructor(private readonly store: AggregateStore) {}

  @Get()
  @Roles(...READERS)
  @ApiOperation({ summary: 'The gatherings held, by day, optionally of one kind' })
  @ApiOkResponse({ description: 'A page of gatherings' })
  async list(@Query() query: ListGatheringsQueryDto): Promise<Page<GatheringResponse>> {
    const stored = await this.store.list<GatheringState>(
      AGGREGATE_TYPES.gathering,
      query.kind !== undefined ? { kind: query.kind } : {},
    );
    const gatherings = stored
      .map(({ state }) => ({ ...state, themes: [...state.themes] }))
      .sort((a, b) => a.heldOn.localeCompare(b.heldOn) || a.gatheringId.localeCompare(b.gatheringId));
    return pageOf(gatherings, query);
  }
}
