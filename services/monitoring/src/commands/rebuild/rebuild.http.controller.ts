import { Controller, Get, HttpCode, HttpStatus, Post } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiConflictResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Roles } from '@okr/service-kit';
import { RebuildRequestedResponse, RebuildStatusResponse } from '../../http/operations.response';
import { LagReports } from '../../infrastructure/lag-reports';
import { ReadModelVersions } from '../../infrastructure/read-model-versions';

@ApiTags('admin')
@Controller('admin/rebuild')
export class RebuildHttpController {
  constructor(
    private readonly versions: ReadModelVersions,
    private readonly reports: LagReports,
  ) {}

  @Post()
  @Roles('admin')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({
    summary:
      'Rebuild the read models from offset 0 of every topic as a new version; the current one keeps serving until the new one has caught up and takes over',
  })
  @ApiAcceptedResponse({ type: RebuildRequestedResponse, description: 'The version now being built' })
  @ApiConflictResponse({ description: 'REBUILD.IN_PROGRESS' })
  async request(): Promise<RebuildRequestedResponse> {
    await this.versions.ensureActive();
    const version = await this.versions.requestRebuild();
    return { version: version._id, status: 'building' };
  }

  @Get()
  @Roles('admin')
  @ApiOperation({ summary: 'Which version is served, and how far a rebuild in progress has come' })
  @ApiOkResponse({ type: RebuildStatusResponse })
  async status(): Promise<RebuildStatusResponse> {
    const active = await this.versions.activeVersion();
    const building = active === undefined ? undefined : await this.versions.building(active);
    const report = await this.reports.latest();
    const measured = report?.building?.version === building?._id ? report?.building : undefined;
    return {
      activeVersion: active ?? null,
      building: building
        ? {
            version: building._id,
            eventsProcessed: measured?.eventsProcessed ?? null,
            totalLag: measured?.totalLag ?? null,
          }
        : null,
    };
  }
}
