import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Actor, Clock, IdParam, Roles } from '@okr/service-kit';
import { SubProjectResponse, subProjectResponse } from '../../http/sub-project.response';
import { StartSubProjectHandler } from './start-sub-project.handler';
import { StartSubProjectRequestDto } from './start-sub-project.request.dto';

@ApiTags('sub-projects')
@Controller('labs')
export class StartSubProjectHttpController {
  constructor(
    private readonly handler: StartSubProjectHandler,
    private readonly clock: Clock,
  ) {}

  @Post(':id/sub-projects')
  @HttpCode(201)
  @Roles('pillar-team:labs', 'admin')
  @ApiOperation({ summary: 'Start a sub-project of the lab in any 5D phase; publishes SubProjectStarted' })
  @ApiCreatedResponse({ type: SubProjectResponse })
  @ApiNotFoundResponse({ description: 'LAB.NOT_FOUND' })
  @ApiUnprocessableEntityResponse({ description: 'SUB_PROJECT.DATE_OUT_OF_ORDER: before the lab started' })
  async start(
    @Param() { id }: IdParam,
    @Body() body: StartSubProjectRequestDto,
    @Actor() actor: string,
  ): Promise<SubProjectResponse> {
    return subProjectResponse(
      await this.handler.execute({
        labId: id,
        title: body.title,
        phase: body.phase,
        themes: body.themes ?? [],
        startedOn: body.startedOn ?? this.clock.today(),
        actor,
      }),
    );
  }
}
