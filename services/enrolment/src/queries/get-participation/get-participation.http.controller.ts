import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles, IdParam } from '@okr/service-kit';
import { AggregateStore } from '@okr/messaging';
import type { ParticipationState } from '../../domain/participation.entity';
import { participationResponse, ParticipationResponse } from '../../http/participation.response';
import { streams } from '../../infrastructure/enrolment.aggregates';

@ApiTags('participations')
@Controller('participations')
export class GetParticipationHttpController {
  constructor(private readonly store: AggregateStore) {}

  @Get(':id')
  @Roles('helpdesk', 'subsidy-officer', 'admin')
  @ApiOperation({ summary: 'A participation: where the school stands in the activity' })
  @ApiOkResponse({ type: ParticipationResponse, description: 'The participation' })
  @ApiNotFoundResponse({ description: 'PARTICIPATION.NOT_FOUND' })
  async get(@Param() { id }: IdParam): Promise<ParticipationResponse> {
    return participationResponse(await this.store.require<ParticipationState>(streams.participation(id)));
  }
}
