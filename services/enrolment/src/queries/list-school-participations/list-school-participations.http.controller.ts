import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles, BrinParam, type Page, PageQuery, pageOf } from '@okr/service-kit';
import { AggregateStore } from '@okr/messaging';
import type { ParticipationState } from '../../domain/participation.entity';
import type { SchoolState } from '../../domain/school.entity';
import { participationResponse, type ParticipationResponse } from '../../http/participation.response';
import { AGGREGATE_TYPES, streams } from '../../infrastructure/enrolment.aggregates';

@ApiTags('schools')
@Controller('schools')
export class ListSchoolParticipationsHttpController {
  constructor(private readonly store: AggregateStore) {}

  @Get(':brin/participations')
  @Roles('helpdesk', 'subsidy-officer', 'admin')
  @ApiOperation({ summary: "A school's participations, in the order it enrolled" })
  @ApiOkResponse({ description: 'A page of participations, earliest enrolment first' })
  @ApiNotFoundResponse({ description: 'SCHOOL.NOT_REGISTERED' })
  async list(@Param() { brin }: BrinParam, @Query() query: PageQuery): Promise<Page<ParticipationResponse>> {
    await this.store.require<SchoolState>(streams.school(brin));
    const participations = await this.store.list<ParticipationState>(AGGREGATE_TYPES.participation, { brin });
    // The store lists by last change; the desk reads a school's participations in the order they began.
    participations.sort(
      (first, second) =>
        first.state.enrolledOn.localeCompare(second.state.enrolledOn) ||
        first.state.participationId.localeCompare(second.state.participationId),
    );
    return pageOf(participations.map(participationResponse), query);
  }
}
