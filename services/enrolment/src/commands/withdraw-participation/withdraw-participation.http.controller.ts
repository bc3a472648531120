import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, Roles } from '@okr/service-kit';
import { dayOf } from '../../domain/calendar-day.value-object';
import { IdParam } from '../../http/params';
import { participationResponse, type ParticipationResponse } from '../../http/participation.response';
import { actorOf } from '../../http/principal-of';
import { WithdrawParticipationHandler } from './withdraw-participation.handler';
import { WithdrawParticipationRequestDto } from './withdraw-participation.request.dto';

@ApiTags('participations')
@Controller('participations')
export class WithdrawParticipationHttpController {
  constructor(private readonly handler: WithdrawParticipationHandler) {}

  @Post(':id/withdrawal')
  @HttpCode(201)
  @Roles('helpdesk', 'admin')
  @ApiOperation({ summary: 'The school withdraws from the activity; publishes SchoolWithdrew' })
  @ApiCreatedResponse({ description: 'The participation, now withdrawn' })
  @ApiNotFoundResponse({ description: 'PARTICIPATION.NOT_FOUND' })
  @ApiConflictResponse({ description: 'PARTICIPATION.INVALID_TRANSITION: completed or withdrawn before' })
  @ApiUnprocessableEntityResponse({
    description: 'PARTICIPATION.DATE_OUT_OF_ORDER: before the enrolment or start',
  })
  async withdraw(
    @Param() { id }: IdParam,
    @Body() body: WithdrawParticipationRequestDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ParticipationResponse> {
    const stored = await this.handler.execute({
      participationId: id,
      withdrawnOn: body.withdrawnOn ?? dayOf(new Date()),
      reasonCode: body.reasonCode,
      ...(body.notes !== undefined ? { notes: body.notes } : {}),
      actor: actorOf(principal),
    });
    return participationResponse(stored);
  }
}
