import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles, IdParam, type Page, pageOf, Clock } from '@okr/service-kit';
import { nextToAssess, type SubsidyApplicationState } from '../../domain/subsidy-application.entity';
import type { SubsidyRoundState } from '../../domain/subsidy-round.entity';
import { applicationResponse, type ApplicationResponse } from '../../http/application.response';
import { AggregateStore } from '@okr/messaging';
import { AGGREGATE_TYPES, streams } from '../../infrastructure/enrolment.aggregates';
import { ListRoundApplicationsQueryDto } from './list-round-applications.query.dto';

@ApiTags('subsidy-rounds')
@Controller('subsidy-rounds')
export class ListRoundApplicationsHttpController {
  constructor(
    private readonly store: AggregateStore,
    private readonly clock: Clock,
  ) {}

  @Get(':id/applications')
  @Roles('subsidy-officer', 'helpdesk', 'admin')
  @ApiOperation({
    summary:
      "A round's applications in order of arrival; with queue=true only those to assess, in assessment order",
  })
  @ApiOkResponse({ description: 'A page of applications, the first to arrive first' })
  @ApiNotFoundResponse({ description: 'ROUND.NOT_FOUND' })
  async list(
    @Param() { id }: IdParam,
    @Query() query: ListRoundApplicationsQueryDto,
  ): Promise<Page<ApplicationResponse>> {
    const [, stored] = await Promise.all([
      this.store.require<SubsidyRoundState>(streams.round(id)),
      this.store.list<SubsidyApplicationState>(AGGREGATE_TYPES.application, { roundId: id }),
    ]);
    // The rules work on states; the stored wrapper rides along so the answer can show version and change time.
    const applications = stored.map((application) => ({ ...application.state, stored: application }));
    const ordered = query.queue
      ? nextToAssess(applications)
      : applications.sort(
          (first, second) =>
            first.submittedAt.localeCompare(second.submittedAt) ||
            first.applicationId.localeCompare(second.applicationId),
        );
    const today = this.clock.today();
    return pageOf(
      ordered
        .filter((application) => query.status === undefined || application.status === query.status)
        .map((application) => applicationResponse(application.stored, today)),
      query,
    );
  }
}
