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
import { ResubmitApplicationHandler } from './resubmit-application.handler';
import {
  resubmitApplicationCommand,
  ResubmitApplicationRequestDto,
} from './resubmit-application.request.dto';

@ApiTags('subsidy-applications')
@Controller('subsidy-applications')
export class ResubmitApplicationHttpController {
  constructor(
    private readonly handler: ResubmitApplicationHandler,
    private readonly clock: Clock,
  ) {}

  @Post(':id/resubmission')
  @HttpCode(200)
  @Roles('helpdesk')
  @ApiOperation({
    summary:
      'Record the information the school sent; the decision clock resumes, its due day moved by the days it ' +
      'stood still. Publishes SubsidyApplicationResubmitted',
  })
  @ApiOkResponse({ type: ApplicationResponse, description: 'The application, back in assessment' })
  @ApiNotFoundResponse({ description: 'APPLICATION.NOT_FOUND' })
  @ApiConflictResponse({ description: 'APPLICATION.INVALID_TRANSITION: no information was asked' })
  @ApiUnprocessableEntityResponse({ description: 'APPLICATION.DATE_OUT_OF_ORDER: before the question' })
  async resubmit(
    @Param() { id }: IdParam,
    @Body() body: ResubmitApplicationRequestDto,
    @Actor() actor: string,
  ): Promise<ApplicationResponse> {
    const today = this.clock.today();
    const stored = await this.handler.execute({ ...resubmitApplicationCommand(body, id, this.clock), actor });
    return applicationResponse(stored, today);
  }
}
