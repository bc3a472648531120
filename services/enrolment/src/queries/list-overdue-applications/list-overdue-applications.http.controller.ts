import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { API_COUNT, Clock, Roles } from '@okr/service-kit';
import { type CalendarDay, daysBetween } from '../../domain/calendar-day.value-object';
import { overdueApplications } from '../../domain/decision-clock.rules';
import type { SubsidyApplicationState } from '../../domain/subsidy-application.entity';
import { applicationResponse, ApplicationResponse } from '../../http/application.response';
import { AggregateStore, type Stored } from '@okr/messaging';
import { AGGREGATE_TYPES } from '../../infrastructure/enrolment.aggregates';
import { readablePageOf, type ReadablePage, showEach, type UnreadableRecord } from '../../http/readable-list';
import { ListOverdueApplicationsQueryDto } from './list-overdue-applications.query.dto';
import { readablePageResponseOf } from '../../http/readable-page.response';

/** An application whose decision is late, and by how many days. */
export class OverdueApplicationResponse extends ApplicationResponse {
  @ApiProperty(API_COUNT)
  daysOverdue!: number;
}

@ApiTags('subsidy-applications')
@Controller('subsidy-applications')
export class ListOverdueApplicationsHttpController {
  constructor(
    private readonly store: AggregateStore,
    private readonly clock: Clock,
  ) {}

  @Get('overdue')
  @Roles('subsidy-officer', 'helpdesk', 'admin')
  @ApiOperation({
    summary:
      'Undecided applications past the day their decision was due (13 weeks, not counting time spent ' +
      'waiting on the school)',
  })
  @ApiOkResponse({
    type: readablePageResponseOf(OverdueApplicationResponse),
    description:
      'A page of overdue applications, the longest overdue first; `unreadable` lists any that cannot be shown',
  })
  async list(
    @Query() query: ListOverdueApplicationsQueryDto,
  ): Promise<ReadablePage<OverdueApplicationResponse>> {
    const today = query.today ?? this.clock.today();
    const roundId = query.roundId;
    // Judged once per change of any application, day and round asked about, not on every request.
    const { overdue, unreadable } = await this.store.view<SubsidyApplicationState, OverdueOnDay>(
      AGGREGATE_TYPES.application,
      `overdue:${today}:${roundId ?? 'all'}`,
      (states) =>
        overdueOn(
          roundId === undefined ? states : states.filter(({ state }) => state.roundId === roundId),
          today,
        ),
    );
    return readablePageOf(overdue, unreadable, query);
  }
}

/** What the overdue list shows on one day. */
interface OverdueOnDay {
  readonly overdue: readonly OverdueApplicationResponse[];
  readonly unreadable: readonly UnreadableRecord[];
}

function overdueOn(states: readonly Stored<SubsidyApplicationState>[], today: CalendarDay): OverdueOnDay {
  // An application that cannot be shown cannot be judged either: it is set aside before the rule sees it.
  const { shown, unreadable } = showEach(states, (application) => {
    const response = applicationResponse(application, today);
    return { ...response, daysOverdue: daysBetween(response.decisionDueOn, today) };
  });
  // The rule works on states; the response rides along, already made.
  const overdue = overdueApplications(
    shown.map(({ stored: application, item }) => ({ ...application.state, item })),
    today,
  );
  return { overdue: overdue.map(({ item }) => item), unreadable };
}
