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
import { CompletePilotHandler } from './complete-pilot.handler';
import { CompletePilotRequestDto } from './complete-pilot.request.dto';

@ApiTags('pilots')
@Controller('pilots')
export class CompletePilotHttpController {
  constructor(
    private readonly handler: CompletePilotHandler,
    private readonly clock: Clock,
  ) {}

  @Post(':id/completion')
  @HttpCode(201)
  @Roles('pillar-team:labs', 'admin')
  @ApiOperation({
    summary:
      'Complete the pilot (after its field experiment, or after a no-go) with a result; publishes PilotCompleted',
  })
  @ApiCreatedResponse({ type: PilotResponse })
  @ApiNotFoundResponse({ description: 'PILOT.NOT_FOUND' })
  @ApiConflictResponse({
    description: 'PILOT.INVALID_TRANSITION: neither in a field experiment nor after a no-go',
  })
  @ApiUnprocessableEntityResponse({ description: 'PILOT.EFFECT_REQUIRED, PILOT.DATE_OUT_OF_ORDER' })
  async complete(
    @Param() { id }: IdParam,
    @Body() body: CompletePilotRequestDto,
    @Actor() actor: string,
  ): Promise<PilotResponse> {
    return pilotResponse(
      await this.handler.execute({
        pilotId: id,
        result: body.result,
        ...(body.pupilResultsEffectSize !== undefined
          ? { pupilResultsEffectSize: body.pupilResultsEffectSize }
          : {}),
        completedOn: body.completedOn ?? this.clock.today(),
        actor,
      }),
    );
  }
}
