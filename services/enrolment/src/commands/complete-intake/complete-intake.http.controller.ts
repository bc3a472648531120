import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles, Actor, Clock } from '@okr/service-kit';
import { intakeResponse, IntakeResponse } from '../../http/intake.response';
import { CompleteIntakeHandler } from './complete-intake.handler';
import { completeIntakeCommand, CompleteIntakeRequestDto } from './complete-intake.request.dto';

@ApiTags('intakes')
@Controller('intakes')
export class CompleteIntakeHttpController {
  constructor(
    private readonly handler: CompleteIntakeHandler,
    private readonly clock: Clock,
  ) {}

  @Post()
  @HttpCode(201)
  @Roles('pillar-team:enrolment', 'admin')
  @ApiOperation({
    summary:
      "Record the outcome of a school's intake for an activity (fit or no-fit); publishes IntakeCompleted",
  })
  @ApiCreatedResponse({ type: IntakeResponse, description: 'The intake as recorded' })
  @ApiNotFoundResponse({
    description: 'SCHOOL.NOT_REGISTERED, or INQUIRY.NOT_FOUND for an inquiryId that does not exist',
  })
  async complete(@Body() body: CompleteIntakeRequestDto, @Actor() actor: string): Promise<IntakeResponse> {
    return intakeResponse(await this.handler.execute({ ...completeIntakeCommand(body, this.clock), actor }));
  }
}
