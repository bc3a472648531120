import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AggregateStore } from '@okr/messaging';
import { IdParam, Roles } from '@okr/service-kit';
import type { LabState } from '../../domain/lab.entity';
import type { ThematicReportState } from '../../domain/thematic-report.entity';
import { ThematicReportResponse, thematicReportResponse } from '../../http/outputs.response';
import { AGGREGATE_TYPES, streams } from '../../infrastructure/labs.aggregates';

@ApiTags('thematic reports')
@Controller('labs')
export class ListThematicReportsHttpController {
  constructor(private readonly store: AggregateStore) {}

  @Get(':id/thematic-reports')
  @Roles('pillar-team:labs', 'helpdesk', 'admin')
  @ApiOperation({ summary: "A lab's thematic reports, earliest published first" })
  @ApiOkResponse({ type: [ThematicReportResponse] })
  @ApiNotFoundResponse({ description: 'LAB.NOT_FOUND' })
  async list(@Param() { id }: IdParam): Promise<ThematicReportResponse[]> {
    await this.store.require<LabState>(streams.lab(id));
    return (await this.store.list<ThematicReportState>(AGGREGATE_TYPES.report, { labId: id }))
      .map(thematicReportResponse)
      .sort(
        (first, second) =>
          first.publishedOn.localeCompare(second.publishedOn) ||
          first.reportId.localeCompare(second.reportId),
      );
  }
}
