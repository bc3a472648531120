import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles, IdParam } from '@okr/service-kit';
import type { ParticipationState } from '../../domain/participation.entity';
import { ParticipationError } from '../../domain/participation.errors';
import { participationResponse, type ParticipationResponse } from '../../http/participation.response';
import { EnrolmentStore } from '../../infrastructure/enrolment.store';
import { streams } from '../../infrastructure/enrolment.streams';

@ApiTags('participations')
@Controller('participations')
export class GetParticipationHttpController {
  constructor(private readonly store: EnrolmentStore) {}

  @Get(':id')
  @Roles('helpdesk', 'subsidy-officer', 'admin')
  @ApiOperation({ summary: 'A participation: where the school stands in the activity' })
  @ApiOkResponse({ description: 'The participation' })
  @ApiNotFoundResponse({ description: 'PARTICIPATION.NOT_FOUND' })
  async get(@Param() { id }: IdParam): Promise<ParticipationResponse> {
    const participation = await this.store.load<ParticipationState>(streams.participation(id));
    if (!participation) {
      throw new ParticipationError('PARTICIPATION.NOT_FOUND', `No participation ${id}`, {
        participationId: id,
      });
    }
    return participationResponse(participation);
  }
}
