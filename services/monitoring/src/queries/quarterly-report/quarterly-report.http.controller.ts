import { Controller, Get, Header, Param, Query, Res } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiOperation,
  ApiExtraModels,
  ApiProduces,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { Roles } from '@okr/service-kit';
import { IsIn, IsOptional, Matches } from 'class-validator';
import type { Response } from 'express';
import { quarterlyReport, reportCsv } from '../../domain/quarterly-report';
import type { QuarterlyReport } from '../../domain/views';
import { QuarterlyReportResponse } from '../../http/programme.response';
import { MonitoringReader } from '../../infrastructure/monitoring-reader';

export class PeriodParam {
  @ApiProperty({ pattern: '^\\d{4}-Q[1-4]$', example: '2025-Q1' })
  @Matches(/^\d{4}-Q[1-4]$/, { message: 'period must be a year and quarter, e.g. 2025-Q1' })
  period!: string;
}

export class ReportFormatQuery {
  @ApiPropertyOptional({ enum: ['json', 'csv'], default: 'json' })
  @IsOptional()
  @IsIn(['json', 'csv'])
  format?: 'json' | 'csv';
}

@ApiTags('reports')
@Controller('reports/quarterly')
export class QuarterlyReportHttpController {
  constructor(private readonly reader: MonitoringReader) {}

  @Get(':period')
  @Roles('monitoring', 'admin')
  @Header('cache-control', 'no-store')
  @ApiOperation({
    summary:
      "A quarter's progress report laid out like the programme's KPI tables (pillar, KPI, kind, target, value, progress); JSON, or CSV with format=csv",
  })
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({
    description: 'The report, with values as of the end of the quarter',
    content: {
      'application/json': { schema: { $ref: getSchemaPath(QuarterlyReportResponse) } },
      'text/csv': { schema: { type: 'string' } },
    },
  })
  @ApiExtraModels(QuarterlyReportResponse)
  async get(
    @Param() { period }: PeriodParam,
    @Query() { format }: ReportFormatQuery,
    @Res({ passthrough: true }) response: Response,
  ): Promise<QuarterlyReport | string> {
    const { view } = await this.reader.view('kpis');
    const report = quarterlyReport(view, period);
    if (format !== 'csv') return report;
    response.type('text/csv; charset=utf-8');
    response.attachment(`ontwikkelkracht-kpis-${period}.csv`);
    return reportCsv(report);
  }
}
