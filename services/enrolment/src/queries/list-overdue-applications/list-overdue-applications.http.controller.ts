import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { API_COUNT, Clock, Roles } from '@okr/service-kit';
import { daysBetween } from '../../domain/calendar-day.value-object';
import { overdueApplications } from '../../domain/decision-clock.rules';
import type { SubsidyApplicationState } from '../../domain/subsidy-application.entity';
import { applicationResponse, ApplicationResponse } from '../../http/application.response';
import { AggregateStore } from '@okr/messaging';
import { AGGREGATE_TYPES } from '../../infrastructure/enrolment.aggregates';
import { readablePageOf, type ReadablePage, showEach } from '../../http/readable-list';
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
    const stored = await this.store.list<SubsidyApplicationState>(
      AGGREGATE_TYPES.application,
      query.roundId ? { roundId: query.roundId } : {},
    );
    // An application that cannot be shown cannot be judged either: it is set aside before the rule sees it.
    const { shown, unreadable } = showEach(stored, (application) => {
      const response = applicationResponse(application, today);
      return { ...response, daysOverdue: daysBetween(response.decisionDueOn, today) };
    });
    // The rule works on states; the response rides along, already made.
    const overdue = overdueApplications(
      shown.map(({ stored: application, item }) => ({ ...application.state, item })),
      today,
    );
    return readablePageOf(
      overdue.map(({ item }) => item),
      unreadable,
      query,
    );
  }
}
