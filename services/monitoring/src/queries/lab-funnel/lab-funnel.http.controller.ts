import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@okr/service-kit';
import { LabFunnelResponse } from '../../http/programme.response';
import { MonitoringReader } from '../../infrastructure/monitoring-reader';

@ApiTags('co-creation labs')
@Controller('labs')
export class LabFunnelHttpController {
  constructor(private readonly reader: MonitoringReader) {}

  @Get('five-d-funnel')
  @Roles('monitoring', 'admin')
  @ApiOperation({
    summary:
      'Per lab, its sub-projects through the 5D model: how many reached each phase, how many are in it now, and how many concluded (scale up, stop)',
  })
  @ApiOkResponse({ type: LabFunnelResponse, description: 'Every lab with a sub-project, by lab code' })
  async funnel(): Promise<LabFunnelResponse> {
    const { version, view } = await this.reader.view('labFunnel');
    return { version, labs: view };
  }
}
