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

/** A school as the list finds it: shown once, with the lower-case text a search and the filters compare with. */
interface ListedSchool extends Shown<SchoolState, SchoolResponse> {
  /** The name and BRIN in lower case, apart by a character no search holds: one comparison per school. */
  readonly searched: string;
  readonly province: string;
  readonly municipality: string;
}

/** Schools shown and sorted by name, made once per change of any school (and search), not per request. */
interface SchoolsByName {
  readonly schools: readonly ListedSchool[];
  readonly unreadable: readonly UnreadableRecord[];
}

/** What a request narrows the schools by, normalised: its JSON names the view of the schools it finds. */
interface SchoolFilter {
  readonly search?: string;
  readonly sector?: string;
  readonly province?: string;
  readonly municipality?: string;
  readonly boardNumber?: string;
  readonly flags: readonly (readonly [Flag, boolean])[];
}

type Flag = (typeof FLAGS)[number];

const dutch = new Intl.Collator('nl');

function schoolsByName(states: readonly Stored<SchoolState>[]): SchoolsByName {
  // A school is shown before it is listed, so that one that cannot be shown is reported, not a 500.
  const { shown, unreadable } = showEach(states, schoolResponse);
  const schools = shown.map((school) => {
    const { brin, profile } = school.stored.state;
    return {
      ...school,
      searched: `${profile.name}\n${brin}`.toLowerCase(),
      province: profile.province.toLowerCase(),
      municipality: profile.municipality.toLowerCase(),
    };
  });
  schools.sort(
    (first, second) =>
      dutch.compare(first.stored.state.profile.name, second.stored.state.profile.name) ||
      first.stored.state.brin.localeCompare(second.stored.state.brin),
  );
  return { schools, unreadable };
}

/** What the query narrows the schools by, or undefined when it asks for all of them. */
function filterOf(query: ListSchoolsQueryDto): SchoolFilter | undefined {
  // A line break would let a search match across the name and the BRIN; no name holds one.
  const search = query.search?.trim().toLowerCase().replaceAll('\n', ' ');
  const flags = FLAGS.flatMap((flag) => {
    const wanted = query[flag];
    return wanted === undefined ? [] : [[flag, wanted] as const];
  });
  if (
    !search &&
    !query.sector &&
    !query.province &&
    !query.municipality &&
    !query.boardNumber &&
    !flags.length
  ) {
    return undefined;
  }
  return {
    ...(search ? { search } : {}),
    ...(query.sector ? { sector: query.sector } : {}),
    ...(query.province ? { province: query.province.toLowerCase() } : {}),
    ...(query.municipality ? { municipality: query.municipality.toLowerCase() } : {}),
    ...(query.boardNumber ? { boardNumber: query.boardNumber } : {}),
    flags,
  };
}

function matches(school: ListedSchool, filter: SchoolFilter): boolean {
  const { profile } = school.stored.state;
  return (
    (filter.search === undefined || school.searched.includes(filter.search)) &&
    (filter.sector === undefined || profile.sector === filter.sector) &&
    (filter.province === undefined || school.province === filter.province) &&
    (filter.municipality === undefined || school.municipality === filter.municipality) &&
    (filter.boardNumber === undefined || profile.boardNumber === filter.boardNumber) &&
    filter.flags.every(([flag, wanted]) => profile.equalAccess[flag] === wanted)
  );
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
    const filter = filterOf(query);
    // The schools a filter finds are a view too: paging through a search filters once, not once per page.
    const { schools, unreadable } = filter
      ? await this.store.view<SchoolState, SchoolsByName>(
          AGGREGATE_TYPES.school,
          `by-name?${JSON.stringify(filter)}`,
          (_states, viewOf) => {
            const all = viewOf('by-name', schoolsByName);
            return { ...all, schools: all.schools.filter((school) => matches(school, filter)) };
          },
        )
      : await this.store.view(AGGREGATE_TYPES.school, 'by-name', schoolsByName);
    return readablePageOfShown(schools, unreadable, query);
  }
}
