import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Roles, IdParam, Actor, Clock } from '@okr/service-kit';
import { applicationResponse, ApplicationResponse } from '../../http/application.response';
import { RejectApplicationHandler } from './reject-application.handler';
import { rejectApplicationCommand, RejectApplicationRequestDto } from './reject-application.request.dto';

@ApiTags('subsidy-applications')
@Controller('subsidy-applications')
export class RejectApplicationHttpController {
  constructor(
    private readonly handler: RejectApplicationHandler,
    private readonly clock: Clock,
  ) {}

  @Post(':id/rejection')
  @HttpCode(200)
  @Roles('subsidy-officer')
  @ApiOperation({ summary: 'Reject an application with a reason; publishes SubsidyRejected' })
  @ApiOkResponse({ type: ApplicationResponse, description: 'The rejected application' })
  @ApiNotFoundResponse({ description: 'APPLICATION.NOT_FOUND' })
  @ApiConflictResponse({ description: 'APPLICATION.INVALID_TRANSITION: decided or withdrawn already' })
  @ApiUnprocessableEntityResponse({
    description: 'APPLICATION.REJECTION_TEXT_REQUIRED, APPLICATION.DATE_OUT_OF_ORDER',
  })
  async reject(
    @Param() { id }: IdParam,
    @Body() body: RejectApplicationRequestDto,
    @Actor() actor: string,
  ): Promise<ApplicationResponse> {
    const today = this.clock.today();
    const stored = await this.handler.execute({ ...rejectApplicationCommand(body, id, this.clock), actor });
    return applicationResponse(stored, today);
  }
}
