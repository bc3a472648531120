import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@okr/service-kit';
import { AggregateStore } from '@okr/messaging';
import type { SchoolState } from '../../domain/school.entity';
import { schoolResponse, SchoolResponse } from '../../http/school.response';
import { readablePageOf, type ReadablePage, showEach } from '../../http/readable-list';
import { AGGREGATE_TYPES } from '../../infrastructure/enrolment.aggregates';
import { ListSchoolsQueryDto } from './list-schools.query.dto';
import { readablePageResponseOf } from '../../http/readable-page.response';

const FLAGS = ['weakPerforming', 'specialTargetGroups', 'specialisedEducation', 'smallRegional'] as const;

@ApiTags('schools')
@Controller('schools')
export class ListSchoolsHttpController {
  constructor(private readonly store: AggregateStore) {}

  @Get()
  @Roles('helpdesk', 'subsidy-officer', 'pillar-team:enrolment', 'admin')
  @ApiOperation({ summary: 'Find schools by name or BRIN, sector, place, board and equal-access flags' })
  @ApiOkResponse({
    type: readablePageResponseOf(SchoolResponse),
    description: 'A page of schools, sorted by name; `unreadable` lists any that cannot be shown',
  })
  async list(@Query() query: ListSchoolsQueryDto): Promise<ReadablePage<SchoolResponse>> {
    const search = query.search?.trim().toLowerCase();
    // A school is shown before it is searched, so that one that cannot be shown is reported, not a 500.
    const { shown, unreadable } = showEach(
      await this.store.list<SchoolState>(AGGREGATE_TYPES.school),
      schoolResponse,
    );
    const schools = shown.filter(({ stored: { state } }) => {
      const { profile } = state;
      return (
        (!search ||
          profile.name.toLowerCase().includes(search) ||
          state.brin.toLowerCase().includes(search)) &&
        (!query.sector || profile.sector === query.sector) &&
        (!query.province || profile.province.toLowerCase() === query.province.toLowerCase()) &&
        (!query.municipality || profile.municipality.toLowerCase() === query.municipality.toLowerCase()) &&
        (!query.boardNumber || profile.boardNumber === query.boardNumber) &&
        FLAGS.every((flag) => query[flag] === undefined || profile.equalAccess[flag] === query[flag])
      );
    });
    schools.sort(
      (first, second) =>
        first.stored.state.profile.name.localeCompare(second.stored.state.profile.name, 'nl') ||
        first.stored.state.brin.localeCompare(second.stored.state.brin),
    );
    return readablePageOf(
      schools.map(({ item }) => item),
      unreadable,
      query,
    );
  }
}
