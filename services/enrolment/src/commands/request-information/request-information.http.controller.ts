import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Roles, IdParam, Actor, Clock } from '@okr/service-kit';
import { applicationResponse, ApplicationResponse } from '../../http/application.response';
import { RequestInformationHandler } from './request-information.handler';
import { requestInformationCommand, RequestInformationRequestDto } from './request-information.request.dto';

@ApiTags('subsidy-applications')
@Controller('subsidy-applications')
export class RequestInformationHttpController {
  constructor(
    private readonly handler: RequestInformationHandler,
    private readonly clock: Clock,
  ) {}

  @Post(':id/information-requests')
  @HttpCode(201)
  @Roles('subsidy-officer')
  @ApiOperation({
    summary:
      'Ask the school for more information; the decision clock stops. Publishes SubsidyInformationRequested',
  })
  @ApiCreatedResponse({ type: ApplicationResponse, description: 'The application, waiting on the school' })
  @ApiNotFoundResponse({ description: 'APPLICATION.NOT_FOUND' })
  @ApiConflictResponse({
    description: 'APPLICATION.INVALID_TRANSITION: decided, withdrawn, or already waiting on the school',
  })
  @ApiUnprocessableEntityResponse({ description: 'APPLICATION.DATE_OUT_OF_ORDER: before the last step' })
  async request(
    @Param() { id }: IdParam,
    @Body() body: RequestInformationRequestDto,
    @Actor() actor: string,
  ): Promise<ApplicationResponse> {
    const today = this.clock.today();
    const stored = await this.handler.execute({ ...requestInformationCommand(body, id, this.clock), actor });
    return applicationResponse(stored, today);
  }
}
