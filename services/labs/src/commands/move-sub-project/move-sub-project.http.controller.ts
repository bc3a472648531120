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
import { MoveSubProjectHandler } from './move-sub-project.handler';
import { MoveSubProjectRequestDto } from './move-sub-project.request.dto';

@ApiTags('sub-projects')
@Controller('sub-projects')
export class MoveSubProjectHttpController {
  constructor(
    private readonly handler: MoveSubProjectHandler,
    private readonly clock: Clock,
  ) {}

  @Post(':id/transitions')
  @HttpCode(201)
  @Roles('pillar-team:labs', 'admin')
  @ApiOperation({
    summary:
      'Move a sub-project to another 5D phase with the deliverable of the phase it leaves; publishes ' +
      'SubProjectPhaseEntered and DiagnosisDelivered, InterventionDesigned, StudyCompleted or SubProjectDecided',
  })
  @ApiCreatedResponse({ type: SubProjectResponse })
  @ApiNotFoundResponse({ description: 'SUB_PROJECT.NOT_FOUND' })
  @ApiConflictResponse({
    description:
      'SUB_PROJECT.IMPOSSIBLE_TRANSITION (skipping ahead, going back other than from Decide), SUB_PROJECT.CONCLUDED',
  })
  @ApiUnprocessableEntityResponse({
    description:
      'SUB_PROJECT.DELIVERABLE_REQUIRED, SUB_PROJECT.WRONG_DELIVERABLE, SUB_PROJECT.NO_INTERVENTION, SUB_PROJECT.DATE_OUT_OF_ORDER',
  })
  async move(
    @Param() { id }: IdParam,
    @Body() { to, on, ...deliverable }: MoveSubProjectRequestDto,
    @Actor() actor: string,
  ): Promise<SubProjectResponse> {
    return subProjectResponse(
      await this.handler.execute({ subProjectId: id, to, on: on ?? this.clock.today(), deliverable, actor }),
    );
  }
}
