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
import { randomUUID } from 'node:crypto';
import { participationResponse, ParticipationResponse } from '../../http/participation.response';
import { RecordTrainedCoachHandler } from './record-trained-coach.handler';
import { recordTrainedCoachCommand, RecordTrainedCoachRequestDto } from './record-trained-coach.request.dto';

@ApiTags('participations')
@Controller('participations')
export class RecordTrainedCoachHttpController {
  constructor(
    private readonly handler: RecordTrainedCoachHandler,
    private readonly clock: Clock,
  ) {}

  @Post(':id/trained-coaches')
  @HttpCode(201)
  @Roles('helpdesk', 'admin')
  @ApiOperation({
    summary:
      'Record that an expert coach of the trajectory completed the training; publishes ExpertCoachTrained',
  })
  @ApiCreatedResponse({ type: ParticipationResponse, description: 'The participation with the coach added' })
  @ApiNotFoundResponse({ description: 'PARTICIPATION.NOT_FOUND' })
  @ApiConflictResponse({ description: 'PARTICIPATION.COACH_ALREADY_TRAINED' })
  @ApiUnprocessableEntityResponse({
    description:
      'PARTICIPATION.NOT_IMPROVEMENT_CULTURE, PARTICIPATION.DATE_OUT_OF_ORDER (before the enrolment)',
  })
  async record(
    @Param() { id }: IdParam,
    @Body() body: RecordTrainedCoachRequestDto,
    @Actor() actor: string,
  ): Promise<ParticipationResponse> {
    const stored = await this.handler.execute({
      ...recordTrainedCoachCommand(body, id, this.clock, randomUUID),
      actor,
    });
    return participationResponse(stored);
  }
}
