import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles, IdParam, Clock } from '@okr/service-kit';
import { nextToAssess, type SubsidyApplicationState } from '../../domain/subsidy-application.entity';
import type { SubsidyRoundState } from '../../domain/subsidy-round.entity';
import { applicationResponse, ApplicationResponse } from '../../http/application.response';
import { AggregateStore } from '@okr/messaging';
import { AGGREGATE_TYPES, streams } from '../../infrastructure/enrolment.aggregates';
import { readablePageOf, type ReadablePage, showEach } from '../../http/readable-list';
import { ListRoundApplicationsQueryDto } from './list-round-applications.query.dto';
import { readablePageResponseOf } from '../../http/readable-page.response';

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
  @ApiOkResponse({
    type: readablePageResponseOf(ApplicationResponse),
    description:
      'A page of applications, the first to arrive first; `unreadable` lists any that cannot be shown',
  })
  @ApiNotFoundResponse({ description: 'ROUND.NOT_FOUND' })
  async list(
    @Param() { id }: IdParam,
    @Query() query: ListRoundApplicationsQueryDto,
  ): Promise<ReadablePage<ApplicationResponse>> {
    const [, stored] = await Promise.all([
      this.store.require<SubsidyRoundState>(streams.round(id)),
      this.store.list<SubsidyApplicationState>(AGGREGATE_TYPES.application, { roundId: id }),
    ]);
    const today = this.clock.today();
    // An application that cannot be shown cannot take its place in the queue either: it is set aside first.
    const { shown, unreadable } = showEach(stored, (application) => applicationResponse(application, today));
    // The rules work on states; the response rides along, already made.
    const applications = shown.map(({ stored: application, item }) => ({ ...application.state, item }));
    const ordered = query.queue
      ? nextToAssess(applications)
      : applications.sort(
          (first, second) =>
            first.submittedAt.localeCompare(second.submittedAt) ||
            first.applicationId.localeCompare(second.applicationId),
        );
    return readablePageOf(
      ordered
        .filter((application) => query.status === undefined || application.status === query.status)
        .map(({ item }) => item),
      unreadable,
      query,
    );
  }
}
