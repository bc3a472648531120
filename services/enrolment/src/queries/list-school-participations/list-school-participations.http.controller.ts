import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles, BrinParam, type Page, PageQuery, pageOf } from '@okr/service-kit';
import type { ParticipationState } from '../../domain/participation.entity';
import type { SchoolState } from '../../domain/school.entity';
import { SchoolError } from '../../domain/school.errors';
import { participationResponse, type ParticipationResponse } from '../../http/participation.response';
import { EnrolmentStore } from '../../infrastructure/enrolment.store';
import { AGGREGATE_TYPES, streams } from '../../infrastructure/enrolment.streams';

@ApiTags('schools')
@Controller('schools')
export class ListSchoolParticipationsHttpController {
  constructor(private readonly store: EnrolmentStore) {}

  @Get(':brin/participations')
  @Roles('helpdesk', 'subsidy-officer', 'admin')
  @ApiOperation({ summary: "A school's participations, in the order it enrolled" })
  @ApiOkResponse({ description: 'A page of participations, earliest enrolment first' })
  @ApiNotFoundResponse({ description: 'SCHOOL.NOT_REGISTERED' })
  async list(@Param() { brin }: BrinParam, @Query() query: PageQuery): Promise<Page<ParticipationResponse>> {
    const school = await this.store.load<SchoolState>(streams.school(brin));
    if (!school) throw new SchoolError('SCHOOL.NOT_REGISTERED', `No school with BRIN ${brin}`, { brin });
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
