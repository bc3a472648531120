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
import { DecideGoNoGoHandler } from './decide-go-no-go.handler';
import { DecideGoNoGoRequestDto } from './decide-go-no-go.request.dto';

@ApiTags('pilots')
@Controller('pilots')
export class DecideGoNoGoHttpController {
  constructor(
    private readonly handler: DecideGoNoGoHandler,
    private readonly clock: Clock,
  ) {}

  @Post(':id/go-no-go')
  @HttpCode(201)
  @Roles('pillar-team:labs', 'admin')
  @ApiOperation({ summary: 'Go or no-go for a field experiment, with reasons; publishes PilotGoNoGoDecided' })
  @ApiCreatedResponse({ type: PilotResponse })
  @ApiNotFoundResponse({ description: 'PILOT.NOT_FOUND' })
  @ApiConflictResponse({ description: 'PILOT.INVALID_TRANSITION: not running' })
  @ApiUnprocessableEntityResponse({ description: 'PILOT.REASON_REQUIRED, PILOT.DATE_OUT_OF_ORDER' })
  async decide(
    @Param() { id }: IdParam,
    @Body() body: DecideGoNoGoRequestDto,
    @Actor() actor: string,
  ): Promise<PilotResponse> {
    return pilotResponse(
      await this.handler.execute({
        pilotId: id,
        decision: body.decision,
        reasonCodes: body.reasonCodes,
        ...(body.explanation !== undefined ? { explanation: body.explanation } : {}),
        decidedOn: body.decidedOn ?? this.clock.today(),
        actor,
      }),
    );
  }
}
