import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { AggregateStore } from '@okr/messaging';
import { pageOf, Roles } from '@okr/service-kit';
import type { DevelopmentSchoolState } from '../../domain/development-school.entity';
import type { HubState } from '../../domain/hub.entity';
import { developmentSchoolResponse, DevelopmentSchoolResponse } from '../../http/development-school.response';
import { READERS } from '../../http/roles';
import { AGGREGATE_TYPES } from '../../infrastructure/expert-schools.aggregates';
import { ListDevelopmentSchoolsQueryDto } from './list-development-schools.query.dto';

export class DevelopmentSchoolPageResponse {
  @ApiProperty({ type: [DevelopmentSchoolResponse] }) items!: DevelopmentSchoolResponse[];
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty() total!: number;
}

@ApiTags('development schools')
@Controller('development-schools')
export class ListDevelopmentSchoolsHttpController {
  constructor(private readonly store: AggregateStore) {}

  @Get()
  @Roles(...READERS)
  @ApiOperation({ summary: 'Development schools, by school year or school, with the hub each is in' })
  @ApiOkResponse({ type: DevelopmentSchoolPageResponse })
  async list(@Query() query: ListDevelopmentSchoolsQueryDto): Promise<DevelopmentSchoolPageResponse> {
    const fixed = {
      ...(query.schoolYear !== undefined ? { schoolYear: query.schoolYear } : {}),
      ...(query.brin !== undefined ? { brin: query.brin } : {}),
    };
    const schools = (
      await this.store.list<DevelopmentSchoolState>(AGGREGATE_TYPES.developmentSchool, fixed)
    ).sort(
      (a, b) =>
        a.state.brin.localeCompare(b.state.brin) || a.state.schoolYear.localeCompare(b.state.schoolYear),
    );
    const hubs = (await this.store.list<HubState>(AGGREGATE_TYPES.hub)).map(({ state }) => state);
    return pageOf(
      schools.map((school) => developmentSchoolResponse(school, hubs)),
      query,
    );
  }
}
