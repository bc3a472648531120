import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Actor, Clock, IdParam, Roles } from '@okr/service-kit';
import { PilotResponse, pilotResponse } from '../../http/pilot.response';
import { StartPilotHandler } from './start-pilot.handler';
import { StartPilotRequestDto } from './start-pilot.request.dto';

@ApiTags('pilots')
@Controller('pilots')
export class StartPilotHttpController {
  constructor(
    private readonly handler: StartPilotHandler,
    private readonly clock: Clock,
  ) {}

  @Post(':id/start')
  @HttpCode(201)
  @Roles('pillar-team:labs', 'admin')
  @ApiOperation({ summary: 'The planned pilot starts running; publishes PilotStarted' })
  @ApiCreatedResponse({ type: PilotResponse })
  @ApiNotFoundResponse({ description: 'PILOT.NOT_FOUND' })
  @ApiConflictResponse({ description: 'PILOT.INVALID_TRANSITION: not planned' })
  async start(
    @Param() { id }: IdParam,
    @Body() body: StartPilotRequestDto,
    @Actor() actor: string,
  ): Promise<PilotResponse> {
    return pilotResponse(
      await this.handler.execute({ pilotId: id, startedOn: body.startedOn ?? this.clock.today(), actor }),
    );
  }
}
