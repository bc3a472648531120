import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@okr/service-kit';
import type { EqualAccessView, FunnelView, PillarParticipation, RoundBudgetView } from '../../domain/views';
import { MonitoringReader } from '../../infrastructure/monitoring-reader';

@ApiTags('programme')
@Controller()
export class ProgrammeHttpController {
  constructor(private readonly reader: MonitoringReader) {}

  @Get('funnel')
  @Roles('monitoring', 'admin')
  @ApiOperation({
    summary:
      'The help-desk funnel: inquiries → conversations → referrals → fit intakes → applications → grants → enrolments, with conversion and median days',
  })
  @ApiOkResponse({ description: '{ version, steps }' })
  async funnel(): Promise<FunnelView & { version: number }> {
    const { version, view } = await this.reader.view('funnel');
    return { version, ...view };
  }

  @Get('equal-access')
  @Roles('monitoring', 'admin')
  @ApiOperation({
    summary:
      'Equal access: the share of participants with each flag next to that share among all registered schools',
  })
  @ApiOkResponse({ description: '{ version, participantsTotal, registeredTotal, flags }' })
  async equalAccess(): Promise<EqualAccessView & { version: number }> {
    const { version, view } = await this.reader.view('equalAccess');
    return { version, ...view };
  }

  @Get('subsidy-rounds')
  @Roles('monitoring', 'admin')
  @ApiOperation({ summary: 'Per subsidy round: granted amount and grants against its budget' })
  @ApiOkResponse({ description: '{ version, rounds }' })
  async rounds(): Promise<{ version: number; rounds: RoundBudgetView[] }> {
    const { version, view } = await this.reader.view('rounds');
    return { version, rounds: view };
  }

  @Get('participation')
  @Roles('monitoring', 'admin')
  @ApiOperation({ summary: 'Distinct participating schools per pillar, by sector' })
  @ApiOkResponse({ description: '{ version, pillars }' })
  async participation(): Promise<{ version: number; pillars: PillarParticipation[] }> {
    const { version, view } = await this.reader.view('participation');
    return { version, pillars: view };
  }

  @Get('ignored-events')
  @Roles('monitoring', 'admin')
  @ApiOperation({
    summary:
      'Events the read models skip because monitoring does not know their type or version yet, counted by type@version',
  })
  @ApiOkResponse({ description: '{ version, ignored }' })
  async ignored(): Promise<{ version: number; ignored: Record<string, number> }> {
    const { version, view } = await this.reader.view('ignored');
    return { version, ignored: view };
  }
}
