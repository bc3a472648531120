import { Body, Controller, Param, Put } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Actor, IdParam, Roles } from '@okr/service-kit';
import { aspirantResponse, AspirantResponse } from '../../http/aspirant.response';
import { WRITERS } from '../../http/roles';
import { SetExpertTeamHandler } from './set-expert-team.handler';
import { SetExpertTeamRequestDto } from './set-expert-team.request.dto';

@ApiTags('aspirants')
@Controller('aspirants')
export class SetExpertTeamHttpController {
  constructor(private readonly handler: SetExpertTeamHandler) {}

  @Put(':id/team')
  @Roles(...WRITERS)
  @ApiOperation({
    summary: 'Record the expert team by role: teachers carrying the approach, school leader, internal coach',
  })
  @ApiOkResponse({ type: AspirantResponse, description: 'The aspirant with its team' })
  @ApiNotFoundResponse({ description: 'ASPIRANT.NOT_FOUND' })
  @ApiConflictResponse({ description: 'ASPIRANT.INVALID_TRANSITION: dropped out or withdrawn' })
  async setTeam(
    @Param() { id }: IdParam,
    @Body() body: SetExpertTeamRequestDto,
    @Actor() actor: string,
  ): Promise<AspirantResponse> {
    return aspirantResponse(await this.handler.execute({ aspirantId: id, members: body.members, actor }));
  }
}
