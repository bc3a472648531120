import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import {
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiServiceUnavailableResponse,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { ProblemDetails, Roles } from '@okr/service-kit';
import { LagResponse, NoProjectorResponse } from '../../http/operations.response';
import type { Response } from 'express';
import { LagReports } from '../../infrastructure/lag-reports';
import type { VersionLag } from '../../domain/lag-report';

type LagAnswer =
  | (VersionLag & { measuredAt: string; epoch: number; building: VersionLag | null })
  | { status: 'no-projector' };

@ApiTags('health')
@Controller()
export class LagHttpController {
  constructor(private readonly reports: LagReports) {}

  @Get('health/lag')
  @Roles('monitoring', 'admin')
  @ApiOperation({
    summary:
      'Consumer lag per topic-partition of the served read models (and of a rebuild in progress), and the time of the last processed event',
  })
  @ApiOkResponse({
    type: LagResponse,
    description:
      'The latest measurement of the projecting replica; caughtUp is false until a topic to read exists and while a matching topic is not read yet (unreadTopics)',
  })
  @ApiServiceUnavailableResponse({
    description:
      'No replica has measured lately: none is projecting (application/json); or a store is away (a problem document)',
    content: {
      'application/json': { schema: { $ref: getSchemaPath(NoProjectorResponse) } },
      'application/problem+json': { schema: { $ref: getSchemaPath(ProblemDetails) } },
    },
  })
  @ApiExtraModels(NoProjectorResponse)
  async lag(@Res({ passthrough: true }) response: Response): Promise<LagAnswer> {
    const report = await this.reports.latest();
    if (!report) {
      response.status(HttpStatus.SERVICE_UNAVAILABLE);
      return { status: 'no-projector' };
    }
    return {
      ...report.active,
      measuredAt: report.measuredAt,
      epoch: report.epoch,
      building: report.building,
    };
  }
}
