import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AggregateStore } from '@okr/messaging';
import { IdParam, pageOf, Roles } from '@okr/service-kit';
import type { LabState } from '../../domain/lab.entity';
import type { RosterState } from '../../domain/roster.entity';
import { LabRosterResponse, labSchoolResponse } from '../../http/lab-school.response';
import { streams } from '../../infrastructure/labs.aggregates';
import { ListLabSchoolsQueryDto } from './list-lab-schools.query.dto';

@ApiTags('lab schools')
@Controller('labs')
export class ListLabSchoolsHttpController {
  constructor(private readonly store: AggregateStore) {}

  @Get(':id/schools')
  @Roles('pillar-team:labs', 'helpdesk', 'admin')
  @ApiOperation({
    summary:
      "A lab's roster: co-creating and participating schools per school year, from the help desk and the lab team",
  })
  @ApiOkResponse({ type: LabRosterResponse, description: 'A page of the roster, by school year, then BRIN' })
  @ApiNotFoundResponse({ description: 'LAB.NOT_FOUND' })
  async list(@Param() { id }: IdParam, @Query() query: ListLabSchoolsQueryDto): Promise<LabRosterResponse> {
    await this.store.require<LabState>(streams.lab(id));
    const roster = await this.store.load<RosterState>(streams.roster(id));
    const schools = (roster?.state.memberships ?? [])
      .map(labSchoolResponse)
      .filter((school) => query.schoolYear === undefined || school.schoolYear === query.schoolYear)
      .filter((school) => query.current === undefined || school.current === query.current)
      .sort(
        (first, second) =>
          first.schoolYear.localeCompare(second.schoolYear) ||
          first.brin.localeCompare(second.brin) ||
          first.joinedOn.localeCompare(second.joinedOn),
      );
    return { labId: id, ...pageOf(schools, query) };
  }
}
