import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Roles, Actor, Clock } from '@okr/service-kit';
import { applicationResponse, ApplicationResponse } from '../../http/application.response';
import { SubmitApplicationHandler } from './submit-application.handler';
import { submitApplicationCommand, SubmitApplicationRequestDto } from './submit-application.request.dto';

@ApiTags('subsidy-applications')
@Controller('subsidy-applications')
export class SubmitApplicationHttpController {
  constructor(
    private readonly handler: SubmitApplicationHandler,
    private readonly clock: Clock,
  ) {}

  @Post()
  @HttpCode(201)
  @Roles('helpdesk')
  @ApiOperation({
    summary: 'File a subsidy application for a school; publishes SubsidyApplicationSubmitted',
  })
  @ApiCreatedResponse({
    type: ApplicationResponse,
    description: 'The application, with the day a decision is due',
  })
  @ApiBadRequestResponse({ description: 'REQUEST.VALIDATION_FAILED: a field is missing or malformed' })
  @ApiNotFoundResponse({ description: 'SCHOOL.NOT_REGISTERED, ROUND.NOT_FOUND' })
  @ApiConflictResponse({
    description: 'APPLICATION.DUPLICATE: the school has a live application for the activity in the round',
  })
  @ApiUnprocessableEntityResponse({
    description:
      'A rule of eligibility as it stood when the application was submitted: APPLICATION.ROUND_CLOSED, ' +
      'ACTIVITY_NOT_OFFERED, NO_EXPLORATORY_CONVERSATION, NO_FIT_INTAKE, DATE_OUT_OF_ORDER (a conversation or ' +
      'intake only after it), SECTOR_NOT_ALLOWED, AMOUNT_NOT_ALLOWED, MOTIVATION_REQUIRED',
  })
  async submit(
    @Body() body: SubmitApplicationRequestDto,
    @Actor() actor: string,
  ): Promise<ApplicationResponse> {
    const stored = await this.handler.execute({ ...submitApplicationCommand(body, this.clock), actor });
    return applicationResponse(stored, this.clock.today());
  }
}
