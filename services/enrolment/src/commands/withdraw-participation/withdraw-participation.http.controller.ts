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
import { WithdrawParticipationHandler } from './withdraw-participation.handler';
import {
  withdrawParticipationCommand,
  WithdrawParticipationRequestDto,
} from './withdraw-participation.request.dto';

@ApiTags('participations')
@Controller('participations')
export class WithdrawParticipationHttpController {
  constructor(
    private readonly handler: WithdrawParticipationHandler,
    private readonly clock: Clock,
  ) {}

  @Post(':id/withdrawal')
  @HttpCode(201)
  @Roles('helpdesk', 'admin')
  @ApiOperation({ summary: 'The school withdraws from the activity; publishes SchoolWithdrew' })
  @ApiCreatedResponse({ type: ParticipationResponse, description: 'The participation, now withdrawn' })
  @ApiNotFoundResponse({ description: 'PARTICIPATION.NOT_FOUND' })
  @ApiConflictResponse({ description: 'PARTICIPATION.INVALID_TRANSITION: completed or withdrawn before' })
  @ApiUnprocessableEntityResponse({
    description: 'PARTICIPATION.DATE_OUT_OF_ORDER: before the enrolment or start',
  })
  async withdraw(
    @Param() { id }: IdParam,
    @Body() body: WithdrawParticipationRequestDto,
    @Actor() actor: string,
  ): Promise<ParticipationResponse> {
    const stored = await this.handler.execute({
      ...withdrawParticipationCommand(body, id, this.clock),
      actor,
    });
    return participationResponse(stored);
  }
}
