import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, Roles } from '@okr/service-kit';
import { dayOf } from '../../domain/calendar-day.value-object';
import { applicationResponse, type ApplicationResponse } from '../../http/application.response';
import { IdParam } from '../../http/params';
import { actorOf } from '../../http/principal-of';
import { ResubmitApplicationHandler } from './resubmit-application.handler';
import { ResubmitApplicationRequestDto } from './resubmit-application.request.dto';

@ApiTags('subsidy-applications')
@Controller('subsidy-applications')
export class ResubmitApplicationHttpController {
  constructor(private readonly handler: ResubmitApplicationHandler) {}

  @Post(':id/resubmission')
  @HttpCode(200)
  @Roles('helpdesk')
  @ApiOperation({
    summary:
      'Record the information the school sent; the decision clock resumes, its due day moved by the days it ' +
      'stood still. Publishes SubsidyApplicationResubmitted',
  })
  @ApiOkResponse({ description: 'The application, back in assessment' })
  @ApiNotFoundResponse({ description: 'APPLICATION.NOT_FOUND' })
  @ApiConflictResponse({ description: 'APPLICATION.INVALID_TRANSITION: no information was asked' })
  @ApiUnprocessableEntityResponse({ description: 'APPLICATION.DATE_OUT_OF_ORDER: before the question' })
  async resubmit(
    @Param() { id }: IdParam,
    @Body() body: ResubmitApplicationRequestDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ApplicationResponse> {
    const stored = await this.handler.execute({
      applicationId: id,
      ...(body.supplement !== undefined ? { supplement: body.supplement } : {}),
      resubmittedOn: body.resubmittedOn ?? dayOf(new Date()),
      actor: actorOf(principal),
    });
    return applicationResponse(stored);
  }
}
