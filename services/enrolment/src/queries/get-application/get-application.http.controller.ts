import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles, IdParam, Clock } from '@okr/service-kit';
import type { SubsidyApplicationState } from '../../domain/subsidy-application.entity';
import { applicationResponse, ApplicationResponse } from '../../http/application.response';
import { AggregateStore } from '@okr/messaging';
import { streams } from '../../infrastructure/enrolment.aggregates';

@ApiTags('subsidy-applications')
@Controller('subsidy-applications')
export class GetApplicationHttpController {
  constructor(
    private readonly store: AggregateStore,
    private readonly clock: Clock,
  ) {}

  @Get(':id')
  @Roles('helpdesk', 'subsidy-officer', 'admin')
  @ApiOperation({
    summary:
      'An application: its status (for staff and for the school), the day a decision is due and whether ' +
      'that day has passed',
  })
  @ApiOkResponse({ type: ApplicationResponse, description: 'The application' })
  @ApiNotFoundResponse({ description: 'APPLICATION.NOT_FOUND' })
  async get(@Param() { id }: IdParam): Promise<ApplicationResponse> {
    return applicationResponse(
      await this.store.require<SubsidyApplicationState>(streams.application(id)),
      this.clock.today(),
    );
  }
}
