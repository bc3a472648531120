import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Actor, Clock, IdParam, Roles } from '@okr/service-kit';
import { PilotResponse, pilotResponse } from '../../http/pilot.response';
import { StartFieldExperimentHandler } from './start-field-experiment.handler';
import { StartFieldExperimentRequestDto } from './start-field-experiment.request.dto';

@ApiTags('pilots')
@Controller('pilots')
export class StartFieldExperimentHttpController {
  constructor(
    private readonly handler: StartFieldExperimentHandler,
    private readonly clock: Clock,
  ) {}

  @Post(':id/field-experiment')
  @HttpCode(201)
  @Roles('pillar-team:labs', 'admin')
  @ApiOperation({ summary: 'After a go, the field experiment starts; publishes PilotFieldExperimentStarted' })
  @ApiCreatedResponse({ type: PilotResponse })
  @ApiNotFoundResponse({ description: 'PILOT.NOT_FOUND' })
  @ApiConflictResponse({ description: 'PILOT.INVALID_TRANSITION: no go' })
  @ApiUnprocessableEntityResponse({ description: 'PILOT.DATE_OUT_OF_ORDER: before the go' })
  async start(
    @Param() { id }: IdParam,
    @Body() body: StartFieldExperimentRequestDto,
    @Actor() actor: string,
  ): Promise<PilotResponse> {
    return pilotResponse(
      await this.handler.execute({ pilotId: id, startedOn: body.startedOn ?? this.clock.today(), actor }),
    );
  }
}
