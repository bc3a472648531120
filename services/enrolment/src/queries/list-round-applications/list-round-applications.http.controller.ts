import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles, IdParam, Clock } from '@okr/service-kit';
import { nextToAssess, type SubsidyApplicationState } from '../../domain/subsidy-application.entity';
import type { SubsidyRoundState } from '../../domain/subsidy-round.entity';
import { applicationResponse, ApplicationResponse } from '../../http/application.response';
import { AggregateStore, type Stored } from '@okr/messaging';
import type { CalendarDay } from '../../domain/calendar-day.value-object';
import { AGGREGATE_TYPES, streams } from '../../infrastructure/enrolment.aggregates';
import {
  type ReadablePage,
  readablePageOfShown,
  type Shown,
  showEach,
  type UnreadableRecord,
} from '../../http/readable-list';
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
    const today = this.clock.today();
    const order = query.queue ? 'queue' : 'arrival';
    const [, { applications, unreadable }] = await Promise.all([
      this.store.requireHeld<SubsidyRoundState>(streams.round(id)),
      // Made once per change of any application, round, day and order asked for, not on every request.
      this.store.view<SubsidyApplicationState, RoundApplications>(
        AGGREGATE_TYPES.application,
        `round:${id}:${order}:${today}`,
        (states) => roundApplications(states, id, today, query.queue === true),
      ),
    ]);
    const found =
      query.status === undefined
        ? applications
        : applications.filter(({ stored }) => stored.state.status === query.status);
    return readablePageOfShown(found, unreadable, query);
  }
}

/** A round's applications shown on one day, in the order asked for. */
interface RoundApplications {
  readonly applications: readonly Shown<SubsidyApplicationState, ApplicationResponse>[];
  readonly unreadable: readonly UnreadableRecord[];
}

function roundApplications(
  states: readonly Stored<SubsidyApplicationState>[],
  roundId: string,
  today: CalendarDay,
  queue: boolean,
): RoundApplications {
  const ofRound = states.filter(({ state }) => state.roundId === roundId);
  // An application that cannot be shown cannot take its place in the queue either: it is set aside first.
  const { shown, unreadable } = showEach(ofRound, (application) => applicationResponse(application, today));
  // The rules work on states; what was shown rides along, already made.
  const applications = shown.map((application) => ({ ...application.stored.state, application }));
  const ordered = queue
    ? nextToAssess(applications)
    : applications.sort(
        (first, second) =>
          first.submittedAt.localeCompare(second.submittedAt) ||
          first.applicationId.localeCompare(second.applicationId),
      );
  return { applications: ordered.map(({ application }) => application), unreadable };
}
