import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles, type Page, pageOf } from '@okr/service-kit';
import { AggregateStore } from '@okr/messaging';
import type { SchoolState } from '../../domain/school.entity';
import { schoolResponse, type SchoolResponse } from '../../http/school.response';
import { AGGREGATE_TYPES } from '../../infrastructure/enrolment.aggregates';
import { ListSchoolsQueryDto } from './list-schools.query.dto';

const FLAGS = ['weakPerforming', 'specialTargetGroups', 'specialisedEducation', 'smallRegional'] as const;

@ApiTags('schools')
@Controller('schools')
export class ListSchoolsHttpController {
  constructor(private readonly store: AggregateStore) {}

  @Get()
  @Roles('helpdesk', 'subsidy-officer', 'pillar-team:enrolment', 'admin')
  @ApiOperation({ summary: 'Find schools by name or BRIN, sector, place, board and equal-access flags' })
  @ApiOkResponse({ description: 'A page of schools, sorted by name' })
  async list(@Query() query: ListSchoolsQueryDto): Promise<Page<SchoolResponse>> {
    const search = query.search?.trim().toLowerCase();
    const schools = (await this.store.list<SchoolState>(AGGREGATE_TYPES.school)).filter(({ state }) => {
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
        first.state.profile.name.localeCompare(second.state.profile.name, 'nl') ||
        first.state.brin.localeCompare(second.state.brin),
    );
    return pageOf(schools.map(schoolResponse), query);
  }
}
