import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOperation,
  ApiProperty,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Actor, Clock, Roles } from '@okr/service-kit';
import { IsUUID } from 'class-validator';
import { hubResponse, HubResponse } from '../../http/hub.response';
import { WRITERS } from '../../http/roles';
import { CompleteLearningTrackHandler } from './complete-learning-track.handler';
import { CompleteLearningTrackRequestDto } from './complete-learning-track.request.dto';

export class HubMemberParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  developmentSchoolId!: string;
}

@ApiTags('hubs')
@Controller('hubs')
export class CompleteLearningTrackHttpController {
  constructor(
    private readonly handler: CompleteLearningTrackHandler,
    private readonly clock: Clock,
  ) {}

  @Post(':id/members/:developmentSchoolId/training')
  @HttpCode(201)
  @Roles(...WRITERS)
  @ApiOperation({
    summary:
      "A development school completed the hub's learning track, with the teachers' confidence before and after; publishes DevelopmentSchoolTrained",
  })
  @ApiCreatedResponse({ type: HubResponse })
  @ApiNotFoundResponse({ description: 'HUB.NOT_FOUND; HUB.NOT_A_MEMBER' })
  @ApiConflictResponse({ description: 'HUB.FORMING: fewer than four schools; HUB.ALREADY_TRAINED' })
  @ApiUnprocessableEntityResponse({ description: 'DAY.OUT_OF_ORDER: before it joined' })
  async complete(
    @Param() { id, developmentSchoolId }: HubMemberParams,
    @Body() body: CompleteLearningTrackRequestDto,
    @Actor() actor: string,
  ): Promise<HubResponse> {
    return hubResponse(
      await this.handler.execute({
        hubId: id,
        developmentSchoolId,
        trainedOn: body.trainedOn ?? this.clock.today(),
        confidenceBefore: body.confidenceBefore,
        confidenceAfter: body.confidenceAfter,
        actor,
      }),
    );
  }
}
