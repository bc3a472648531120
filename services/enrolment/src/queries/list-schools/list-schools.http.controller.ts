import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@okr/service-kit';
import { AggregateStore, type Stored } from '@okr/messaging';
import type { SchoolState } from '../../domain/school.entity';
import { schoolResponse, SchoolResponse } from '../../http/school.response';
import {
  type ReadablePage,
  readablePageOfShown,
  type Shown,
  showEach,
  type UnreadableRecord,
} from '../../http/readable-list';
import { AGGREGATE_TYPES } from '../../infrastructure/enrolment.aggregates';
import { ListSchoolsQueryDto } from './list-schools.query.dto';
import { readablePageResponseOf } from '../../http/readable-page.response';

const FLAGS = ['weakPerforming', 'specialTargetGroups', 'specialisedEducation', 'smallRegional'] as const;

/** A school as the list finds it: shown once, with the lower-case text a search compares with. */
interface ListedSchool extends Shown<SchoolState, SchoolResponse> {
  readonly name: string;
  readonly brin: string;
}

/** Every school, shown and sorted by name, made once per change of any school (not per request). */
interface SchoolsByName {
  readonly schools: readonly ListedSchool[];
  readonly unreadable: readonly UnreadableRecord[];
}

const dutch = new Intl.Collator('nl');

function schoolsByName(states: readonly Stored<SchoolState>[]): SchoolsByName {
  // A school is shown before it is listed, so that one that cannot be shown is reported, not a 500.
  const { shown, unreadable } = showEach(states, schoolResponse);
  const schools = shown.map((school) => ({
    ...school,
    name: school.stored.state.profile.name.toLowerCase(),
    brin: school.stored.state.brin.toLowerCase(),
  }));
  schools.sort(
    (first, second) =>
      dutch.compare(first.stored.state.profile.name, second.stored.state.profile.name) ||
      first.stored.state.brin.localeCompare(second.stored.state.brin),
  );
  return { schools, unreadable };
}

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
    const { schools, unreadable } = await this.store.view(AGGREGATE_TYPES.school, 'by-name', schoolsByName);
    const search = query.search?.trim().toLowerCase();
    const province = query.province?.toLowerCase();
    const municipality = query.municipality?.toLowerCase();
    const flags = FLAGS.filter((flag) => query[flag] !== undefined);
    const unfiltered =
      !search && !query.sector && !province && !municipality && !query.boardNumber && flags.length === 0;
    const found = unfiltered
      ? schools
      : schools.filter(({ name, brin, stored: { state } }) => {
          const { profile } = state;
          return (
            (!search || name.includes(search) || brin.includes(search)) &&
            (!query.sector || profile.sector === query.sector) &&
            (!province || profile.province.toLowerCase() === province) &&
            (!municipality || profile.municipality.toLowerCase() === municipality) &&
            (!query.boardNumber || profile.boardNumber === query.boardNumber) &&
            flags.every((flag) => profile.equalAccess[flag] === query[flag])
          );
        });
    return readablePageOfShown(found, unreadable, query);
  }
}
