import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles, BrinParam, PageQuery } from '@okr/service-kit';
import { AggregateStore } from '@okr/messaging';
import type { ParticipationState } from '../../domain/participation.entity';
import type { SchoolState } from '../../domain/school.entity';
import { participationResponse, ParticipationResponse } from '../../http/participation.response';
import { readablePageOf, type ReadablePage, showEach } from '../../http/readable-list';
import { AGGREGATE_TYPES, streams } from '../../infrastructure/enrolment.aggregates';
import { readablePageResponseOf } from '../../http/readable-page.response';

@ApiTags('schools')
@Controller('schools')
export class ListSchoolParticipationsHttpController {
  constructor(private readonly store: AggregateStore) {}

  @Get(':brin/participations')
  @Roles('helpdesk', 'subsidy-officer', 'admin')
  @ApiOperation({ summary: "A school's participations, in the order it enrolled" })
  @ApiOkResponse({
    type: readablePageResponseOf(ParticipationResponse),
    description:
      'A page of participations, earliest enrolment first; `unreadable` lists any that cannot be shown',
  })
  @ApiNotFoundResponse({ description: 'SCHOOL.NOT_REGISTERED' })
  async list(
    @Param() { brin }: BrinParam,
    @Query() query: PageQuery,
  ): Promise<ReadablePage<ParticipationResponse>> {
    await this.store.requireHeld<SchoolState>(streams.school(brin));
    const { shown, unreadable } = showEach(
      await this.store.list<ParticipationState>(AGGREGATE_TYPES.participation, { brin }),
      participationResponse,
    );
    const participations = shown.map(({ item }) => item);
    // The store lists by last change; the desk reads a school's participations in the order they began.
    participations.sort(
      (first, second) =>
        first.enrolledOn.localeCompare(second.enrolledOn) ||
        first.participationId.localeCompare(second.participationId),
    );
    return readablePageOf(participations, unreadable, query);
  }
}
