import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { AggregateStore } from '@okr/messaging';
import { Clock, PageQuery, pageOf, Roles } from '@okr/service-kit';
import type { LabState } from '../../domain/lab.entity';
import { LabResponse, labResponse } from '../../http/lab.response';
import { AGGREGATE_TYPES } from '../../infrastructure/labs.aggregates';

export class LabPageResponse {
  @ApiProperty({ type: () => [LabResponse] })
  items!: LabResponse[];

  @ApiProperty()
  page!: number;

  @ApiProperty()
  pageSize!: number;

  @ApiProperty()
  total!: number;
}

@ApiTags('labs')
@Controller('labs')
export class ListLabsHttpController {
  constructor(
    private readonly store: AggregateStore,
    private readonly clock: Clock,
  ) {}

  @Get()
  @Roles('pillar-team:labs', 'helpdesk', 'admin')
  @ApiOperation({ summary: 'Every lab, earliest started first, each against its plan as of today' })
  @ApiOkResponse({ type: LabPageResponse })
  async list(@Query() query: PageQuery): Promise<LabPageResponse> {
    const today = this.clock.today();
    const labs = (await this.store.list<LabState>(AGGREGATE_TYPES.lab))
      .map((stored) => labResponse(stored, today))
      .sort(
        (first, second) =>
          first.startedOn.localeCompare(second.startedOn) || first.code.localeCompare(second.code),
      );
    return pageOf(labs, query);
  }
}
