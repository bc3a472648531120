import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { AggregateStore } from '@okr/messaging';
import { pageOf, Roles } from '@okr/service-kit';
import type { AspirantState } from '../../domain/aspirant.entity';
import { aspirantResponse, AspirantResponse } from '../../http/aspirant.response';
import { READERS } from '../../http/roles';
import { AGGREGATE_TYPES } from '../../infrastructure/expert-schools.aggregates';
import { ListAspirantsQueryDto } from './list-aspirants.query.dto';

export class AspirantPageResponse {
  @ApiProperty({ type: [AspirantResponse] }) items!: AspirantResponse[];
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty() total!: number;
}

@ApiTags('aspirants')
@Controller('aspirants')
export class ListAspirantsHttpController {
  constructor(private readonly store: AggregateStore) {}

  @Get()
  @Roles(...READERS)
  @ApiOperation({ summary: 'Aspirants, by cohort (school year), school or status; by BRIN' })
  @ApiOkResponse({ type: AspirantPageResponse })
  async list(@Query() query: ListAspirantsQueryDto): Promise<AspirantPageResponse> {
    const fixed = {
      ...(query.schoolYear !== undefined ? { schoolYear: query.schoolYear } : {}),
      ...(query.brin !== undefined ? { brin: query.brin } : {}),
    };
    const aspirants = (await this.store.list<AspirantState>(AGGREGATE_TYPES.aspirant, fixed))
      .filter(({ state }) => query.status === undefined || state.status === query.status)
      .sort(
        (a, b) =>
          a.state.brin.localeCompare(b.state.brin) || a.state.schoolYear.localeCompare(b.state.schoolYear),
      );
    return pageOf(aspirants.map(aspirantResponse), query);
  }
}
