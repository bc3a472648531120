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
import { WithdrawApplicationHandler } from './withdraw-application.handler';
import {
  withdrawApplicationCommand,
  WithdrawApplicationRequestDto,
} from './withdraw-application.request.dto';

@ApiTags('subsidy-applications')
@Controller('subsidy-applications')
export class WithdrawApplicationHttpController {
  constructor(
    private readonly handler: WithdrawApplicationHandler,
    private readonly clock: Clock,
  ) {}

  @Post(':id/withdrawal')
  @HttpCode(200)
  @Roles('helpdesk')
  @ApiOperation({
    summary:
      'Record that the school withdrew its application before a decision; it may then apply again. ' +
      'Publishes SubsidyApplicationWithdrawn',
  })
  @ApiOkResponse({ type: ApplicationResponse, description: 'The withdrawn application' })
  @ApiNotFoundResponse({ description: 'APPLICATION.NOT_FOUND' })
  @ApiConflictResponse({ description: 'APPLICATION.INVALID_TRANSITION: decided or withdrawn already' })
  @ApiUnprocessableEntityResponse({ description: 'APPLICATION.DATE_OUT_OF_ORDER: before the last step' })
  async withdraw(
    @Param() { id }: IdParam,
    @Body() body: WithdrawApplicationRequestDto,
    @Actor() actor: string,
  ): Promise<ApplicationResponse> {
    const today = this.clock.today();
    const stored = await this.handler.execute({ ...withdrawApplicationCommand(body, id, this.clock), actor });
    return applicationResponse(stored, today);
  }
}
