import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsBrin, IsSchoolYear } from '@okr/contracts';
import { AggregateStore } from '@okr/messaging';
import { Roles } from '@okr/service-kit';
import { IsOptional } from 'class-validator';
import type { HubState } from '../../domain/hub.entity';
import { hubResponse, HubResponse } from '../../http/hub.response';
import { READERS } from '../../http/roles';
import { AGGREGATE_TYPES } from '../../infrastructure/expert-schools.aggregates';

export class ListHubsQueryDto {
  @ApiPropertyOptional({ example: '2025-2026' })
  @IsOptional()
  @IsSchoolYear()
  schoolYear?: string;

  @ApiPropertyOptional({ example: '12AB' })
  @IsOptional()
  @IsBrin()
  expertSchoolBrin?: string;
}

@ApiTags('hubs')
@Controller('hubs')
export class ListHubsHttpController {
  constructor(private readonly store: AggregateStore) {}

  @Get()
  @Roles(...READERS)
  @ApiOperation({ summary: 'Hubs, by school year or expert school' })
  @ApiOkResponse({ type: [HubResponse] })
  async list(@Query() query: ListHubsQueryDto): Promise<HubResponse[]> {
    const fixed: Record<string, string> =
      query.schoolYear !== undefined ? { schoolYear: query.schoolYear } : {};
    return (await this.store.list<HubState>(AGGREGATE_TYPES.hub, fixed))
      .filter(
        ({ state }) =>
          query.expertSchoolBrin === undefined || state.expertSchool.brin === query.expertSchoolBrin,
      )
      .sort((a, b) => a.state.expertSchool.brin.localeCompare(b.state.expertSchool.brin))
      .map(hubResponse);
  }
}
