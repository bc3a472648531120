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
import { hubResponse, HubResponse } from '../../http/hub.response';
import { WRITERS } from '../../http/roles';
import { JoinHubHandler } from './join-hub.handler';
import { JoinHubRequestDto } from './join-hub.request.dto';

@ApiTags('hubs')
@Controller('hubs')
export class JoinHubHttpController {
  constructor(
    private readonly handler: JoinHubHandler,
    private readonly clock: Clock,
  ) {}

  @Post(':id/members')
  @HttpCode(201)
  @Roles(...WRITERS)
  @ApiOperation({
    summary:
      'A development school joins the hub; publishes DevelopmentSchoolJoinedHub, and HubFormed when it is the fourth',
  })
  @ApiCreatedResponse({ type: HubResponse })
  @ApiNotFoundResponse({ description: 'HUB.NOT_FOUND; DEVELOPMENT_SCHOOL.NOT_FOUND' })
  @ApiConflictResponse({
    description:
      'HUB.FULL: six development schools; HUB.ALREADY_MEMBER; DEVELOPMENT_SCHOOL.ALREADY_IN_HUB; DEVELOPMENT_SCHOOL.WITHDRAWN',
  })
  @ApiUnprocessableEntityResponse({ description: 'HUB.SCHOOL_YEAR_MISMATCH; DAY.OUT_OF_ORDER' })
  async join(
    @Param() { id }: IdParam,
    @Body() body: JoinHubRequestDto,
    @Actor() actor: string,
  ): Promise<HubResponse> {
    return hubResponse(
      await this.handler.execute({
        hubId: id,
        developmentSchoolId: body.developmentSchoolId,
        joinedOn: body.joinedOn ?? this.clock.today(),
        actor,
      }),
    );
  }
}
