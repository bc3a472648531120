import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@okr/service-kit';
import {
  EqualAccessResponse,
  FunnelResponse,
  IgnoredEventsResponse,
  ParticipationResponse,
  RoundsResponse,
} from '../../http/programme.response';
import { ALL_PILLARS } from '../../domain/programme-views';
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
  @ApiOkResponse({ type: FunnelResponse })
  async funnel(): Promise<FunnelResponse> {
    const { version, view } = await this.reader.view('funnel');
    return { version, ...view };
  }

  @Get('equal-access')
  @Roles('monitoring', 'admin')
  @ApiOperation({
    summary:
      'Equal access: the share of participants with each flag next to that share among all registered schools',
  })
  @ApiOkResponse({ type: EqualAccessResponse })
  async equalAccess(): Promise<EqualAccessResponse> {
    const { version, view } = await this.reader.view('equalAccess');
    return { version, ...view };
  }

  @Get('subsidy-rounds')
  @Roles('monitoring', 'admin')
  @ApiOperation({ summary: 'Per subsidy round: granted amount and grants against its budget' })
  @ApiOkResponse({ type: RoundsResponse })
  async rounds(): Promise<RoundsResponse> {
    const { version, view } = await this.reader.view('rounds');
    return { version, rounds: view };
  }

  @Get('participation')
  @Roles('monitoring', 'admin')
  @ApiOperation({
    summary:
      'Distinct participating schools per pillar and overall, gross and net (withdrawn ones out), by sector and school year',
  })
  @ApiOkResponse({ type: ParticipationResponse })
  async participation(): Promise<ParticipationResponse> {
    const { version, view } = await this.reader.view('participation');
    // The read model keeps all pillars together as one more entry; the answer shows it apart.
    const overall = view.find(({ pillar }) => pillar === ALL_PILLARS);
    return {
      version,
      pillars: view.filter(({ pillar }) => pillar !== ALL_PILLARS),
      ...(overall === undefined ? {} : { overall }),
    };
  }

  @Get('ignored-events')
  @Roles('monitoring', 'admin')
  @ApiOperation({
    summary:
      'Events the read models skip because monitoring does not know their type or version yet, counted by type@version',
  })
  @ApiOkResponse({ type: IgnoredEventsResponse })
  async ignored(): Promise<IgnoredEventsResponse> {
    const { version, view } = await this.reader.view('ignored');
    return { version, ignored: view };
  }
}
