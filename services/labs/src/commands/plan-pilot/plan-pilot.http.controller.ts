import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Actor, IdParam, Roles } from '@okr/service-kit';
import { PilotResponse, pilotResponse } from '../../http/pilot.response';
import { PlanPilotHandler } from './plan-pilot.handler';
import { PlanPilotRequestDto } from './plan-pilot.request.dto';

@ApiTags('pilots')
@Controller('labs')
export class PlanPilotHttpController {
  constructor(private readonly handler: PlanPilotHandler) {}

  @Post(':id/pilots')
  @HttpCode(201)
  @Roles('pillar-team:labs', 'admin')
  @ApiOperation({
    summary: 'Plan a pilot of a designed intervention at lab schools (no event until it runs)',
  })
  @ApiCreatedResponse({ type: PilotResponse })
  @ApiNotFoundResponse({ description: 'LAB.NOT_FOUND, SUB_PROJECT.NOT_FOUND' })
  @ApiUnprocessableEntityResponse({
    description: 'PILOT.UNKNOWN_INTERVENTION, PILOT.SUB_PROJECT_OF_ANOTHER_LAB, PILOT.SCHOOL_NOT_ON_ROSTER',
  })
  async plan(
    @Param() { id }: IdParam,
    @Body() body: PlanPilotRequestDto,
    @Actor() actor: string,
  ): Promise<PilotResponse> {
    return pilotResponse(await this.handler.execute({ labId: id, ...body, actor }));
  }
}
