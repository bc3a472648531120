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
import { GrantApplicationHandler } from './grant-application.handler';
import { grantApplicationCommand, GrantApplicationRequestDto } from './grant-application.request.dto';
import { grantResponse, GrantResponse } from './grant-application.response';

@ApiTags('subsidy-applications')
@Controller('subsidy-applications')
export class GrantApplicationHttpController {
  constructor(
    private readonly handler: GrantApplicationHandler,
    private readonly clock: Clock,
  ) {}

  @Post(':id/grant')
  @HttpCode(200)
  @Roles('subsidy-officer')
  @ApiOperation({
    summary:
      'Grant an application: reserves the amount in the round and enrols the school; publishes SubsidyGranted ' +
      'and SchoolEnrolled. Repeating it for a granted application finishes what is left and changes nothing else.',
  })
  @ApiOkResponse({
    type: GrantResponse,
    description: 'The granted application, its participation and what the round has left',
  })
  @ApiNotFoundResponse({ description: 'APPLICATION.NOT_FOUND' })
  @ApiConflictResponse({
    description:
      'APPLICATION.INVALID_TRANSITION: the application cannot be granted now (or was granted another amount); ' +
      'ROUND.BUDGET_EXHAUSTED, ROUND.MAX_GRANTS_REACHED: the round has no room for it; ' +
      'ROUND.ALREADY_GRANTED: another grant of the application, for another amount, is under way',
  })
  @ApiUnprocessableEntityResponse({
    description: 'APPLICATION.INVALID_GRANT_AMOUNT: more than asked; APPLICATION.DATE_OUT_OF_ORDER',
  })
  async grant(
    @Param() { id }: IdParam,
    @Body() body: GrantApplicationRequestDto,
    @Actor() actor: string,
  ): Promise<GrantResponse> {
    const outcome = await this.handler.execute({ ...grantApplicationCommand(body, id, this.clock), actor });
    return grantResponse(outcome);
  }
}
