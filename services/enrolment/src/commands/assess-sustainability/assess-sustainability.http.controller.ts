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
import { AssessSustainabilityHandler } from './assess-sustainability.handler';
import {
  assessSustainabilityCommand,
  AssessSustainabilityRequestDto,
} from './assess-sustainability.request.dto';

@ApiTags('participations')
@Controller('participations')
export class AssessSustainabilityHttpController {
  constructor(
    private readonly handler: AssessSustainabilityHandler,
    private readonly clock: Clock,
  ) {}

  @Post(':id/sustainability-assessment')
  @HttpCode(201)
  @Roles('helpdesk', 'admin')
  @ApiOperation({
    summary:
      'Record, once and a year after completion, whether a trajectory left a sustainable culture; ' +
      'publishes SustainabilityAssessed',
  })
  @ApiCreatedResponse({ type: ParticipationResponse, description: 'The participation with its assessment' })
  @ApiNotFoundResponse({ description: 'PARTICIPATION.NOT_FOUND' })
  @ApiConflictResponse({ description: 'PARTICIPATION.ALREADY_ASSESSED' })
  @ApiUnprocessableEntityResponse({
    description:
      'PARTICIPATION.ASSESSED_TOO_EARLY (within 12 months of completion), PARTICIPATION.NOT_COMPLETED, ' +
      'PARTICIPATION.NOT_IMPROVEMENT_CULTURE',
  })
  async assess(
    @Param() { id }: IdParam,
    @Body() body: AssessSustainabilityRequestDto,
    @Actor() actor: string,
  ): Promise<ParticipationResponse> {
    const stored = await this.handler.execute({
      ...assessSustainabilityCommand(body, id, this.clock),
      actor,
    });
    return participationResponse(stored);
  }
}
