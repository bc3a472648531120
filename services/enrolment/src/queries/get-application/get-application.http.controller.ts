import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles, IdParam, Clock } from '@okr/service-kit';
import type { SubsidyApplicationState } from '../../domain/subsidy-application.entity';
import { ApplicationError } from '../../domain/subsidy-application.errors';
import { applicationResponse, type ApplicationResponse } from '../../http/application.response';
import { EnrolmentStore } from '../../infrastructure/enrolment.store';
import { streams } from '../../infrastructure/enrolment.streams';

@ApiTags('subsidy-applications')
@Controller('subsidy-applications')
export class GetApplicationHttpController {
  constructor(
    private readonly store: EnrolmentStore,
    private readonly clock: Clock,
  ) {}

  @Get(':id')
  @Roles('helpdesk', 'subsidy-officer', 'admin')
  @ApiOperation({
    summary:
      'An application: its status (for staff and for the school), the day a decision is due and whether ' +
      'that day has passed',
  })
  @ApiOkResponse({ description: 'The application' })
  @ApiNotFoundResponse({ description: 'APPLICATION.NOT_FOUND' })
  async get(@Param() { id }: IdParam): Promise<ApplicationResponse> {
    const application = await this.store.load<SubsidyApplicationState>(streams.application(id));
    if (!application) {
      throw new ApplicationError('APPLICATION.NOT_FOUND', `No application ${id}`, { applicationId: id });
    }
    return applicationResponse(application, this.clock.today());
  }
}
