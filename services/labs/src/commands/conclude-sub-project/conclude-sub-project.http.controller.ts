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
import { SubProjectResponse, subProjectResponse } from '../../http/sub-project.response';
import { ConcludeSubProjectHandler } from './conclude-sub-project.handler';
import { ConcludeSubProjectRequestDto } from './conclude-sub-project.request.dto';

@ApiTags('sub-projects')
@Controller('sub-projects')
export class ConcludeSubProjectHttpController {
  constructor(
    private readonly handler: ConcludeSubProjectHandler,
    private readonly clock: Clock,
  ) {}

  @Post(':id/conclusion')
  @HttpCode(201)
  @Roles('pillar-team:labs', 'admin')
  @ApiOperation({
    summary: 'Conclude a sub-project from Decide: scale up or stop; publishes SubProjectDecided',
  })
  @ApiCreatedResponse({ type: SubProjectResponse })
  @ApiNotFoundResponse({ description: 'SUB_PROJECT.NOT_FOUND' })
  @ApiConflictResponse({ description: 'SUB_PROJECT.NOT_IN_DECIDE, SUB_PROJECT.CONCLUDED' })
  @ApiUnprocessableEntityResponse({ description: 'SUB_PROJECT.DATE_OUT_OF_ORDER' })
  async conclude(
    @Param() { id }: IdParam,
    @Body() body: ConcludeSubProjectRequestDto,
    @Actor() actor: string,
  ): Promise<SubProjectResponse> {
    return subProjectResponse(
      await this.handler.execute({
        subProjectId: id,
        decision: body.decision,
        summary: body.summary,
        on: body.concludedOn ?? this.clock.today(),
        actor,
      }),
    );
  }
}
