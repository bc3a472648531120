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
import { LabResponse, labResponse } from '../../http/lab.response';
import { EnterLabPhaseHandler } from './enter-lab-phase.handler';
import { EnterLabPhaseRequestDto } from './enter-lab-phase.request.dto';

@ApiTags('labs')
@Controller('labs')
export class EnterLabPhaseHttpController {
  constructor(
    private readonly handler: EnterLabPhaseHandler,
    private readonly clock: Clock,
  ) {}

  @Post(':id/phase-transitions')
  @HttpCode(201)
  @Roles('pillar-team:labs', 'admin')
  @ApiOperation({ summary: 'The lab enters its next phase; publishes LabPhaseEntered' })
  @ApiCreatedResponse({ type: LabResponse, description: 'The lab in its new phase, against its plan' })
  @ApiNotFoundResponse({ description: 'LAB.NOT_FOUND' })
  @ApiConflictResponse({
    description: 'LAB.PHASE_OUT_OF_ORDER: not the next phase (skipped, repeated or after the last)',
  })
  @ApiUnprocessableEntityResponse({ description: 'LAB.DATE_OUT_OF_ORDER: before the current phase started' })
  async enter(
    @Param() { id }: IdParam,
    @Body() body: EnterLabPhaseRequestDto,
    @Actor() actor: string,
  ): Promise<LabResponse> {
    const stored = await this.handler.execute({
      labId: id,
      phase: body.phase,
      enteredOn: body.enteredOn ?? this.clock.today(),
      actor,
    });
    return labResponse(stored, this.clock.today());
  }
}
