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
import { participationResponse, ParticipationResponse } from '../../http/participation.response';
import { StartParticipationHandler } from './start-participation.handler';
import { startParticipationCommand, StartParticipationRequestDto } from './start-participation.request.dto';

@ApiTags('participations')
@Controller('participations')
export class StartParticipationHttpController {
  constructor(
    private readonly handler: StartParticipationHandler,
    private readonly clock: Clock,
  ) {}

  @Post(':id/start')
  @HttpCode(200)
  @Roles('helpdesk', 'admin')
  @ApiOperation({ summary: 'The school starts the activity (no event: no contract exists for this step)' })
  @ApiOkResponse({ type: ParticipationResponse, description: 'The participation, now active' })
  @ApiNotFoundResponse({ description: 'PARTICIPATION.NOT_FOUND' })
  @ApiConflictResponse({
    description: 'PARTICIPATION.INVALID_TRANSITION: started, completed or withdrawn before',
  })
  @ApiUnprocessableEntityResponse({ description: 'PARTICIPATION.DATE_OUT_OF_ORDER: before the enrolment' })
  async start(
    @Param() { id }: IdParam,
    @Body() body: StartParticipationRequestDto,
    @Actor() actor: string,
  ): Promise<ParticipationResponse> {
    const stored = await this.handler.execute({ ...startParticipationCommand(body, id, this.clock), actor });
    return participationResponse(stored);
  }
}
