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
import { participationResponse, ParticipationResponse } from '../../http/participation.response';
import { CompleteParticipationHandler } from './complete-participation.handler';
import {
  completeParticipationCommand,
  CompleteParticipationRequestDto,
} from './complete-participation.request.dto';

@ApiTags('participations')
@Controller('participations')
export class CompleteParticipationHttpController {
  constructor(
    private readonly handler: CompleteParticipationHandler,
    private readonly clock: Clock,
  ) {}

  @Post(':id/completion')
  @HttpCode(201)
  @Roles('helpdesk', 'admin')
  @ApiOperation({ summary: 'The school completed the activity; publishes ParticipationCompleted' })
  @ApiCreatedResponse({ type: ParticipationResponse, description: 'The participation, now completed' })
  @ApiNotFoundResponse({ description: 'PARTICIPATION.NOT_FOUND' })
  @ApiConflictResponse({ description: 'PARTICIPATION.INVALID_TRANSITION: not active' })
  @ApiUnprocessableEntityResponse({
    description:
      'PARTICIPATION.PUPIL_DEVELOPMENT_REQUIRED (an improvement-culture trajectory), ' +
      'PARTICIPATION.PUPIL_DEVELOPMENT_NOT_APPLICABLE (any other activity), PARTICIPATION.DATE_OUT_OF_ORDER',
  })
  async complete(
    @Param() { id }: IdParam,
    @Body() body: CompleteParticipationRequestDto,
    @Actor() actor: string,
  ): Promise<ParticipationResponse> {
    const stored = await this.handler.execute({
      ...completeParticipationCommand(body, id, this.clock),
      actor,
    });
    return participationResponse(stored);
  }
}
