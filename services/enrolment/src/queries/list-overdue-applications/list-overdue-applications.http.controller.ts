import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles, type Page, pageOf, Clock } from '@okr/service-kit';
import { daysBetween } from '../../domain/calendar-day.value-object';
import { overdueApplications } from '../../domain/decision-clock.rules';
import type { SubsidyApplicationState } from '../../domain/subsidy-application.entity';
import { applicationResponse, type ApplicationResponse } from '../../http/application.response';
import { AggregateStore } from '@okr/messaging';
import { AGGREGATE_TYPES } from '../../infrastructure/enrolment.aggregates';
import { ListOverdueApplicationsQueryDto } from './list-overdue-applications.query.dto';

/** An application whose decision is late, and by how many days. */
export interface OverdueApplicationResponse extends ApplicationResponse {
  daysOverdue: number;
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
  @ApiOkResponse({ description: 'A page of overdue applications, the longest overdue first' })
  async list(@Query() query: ListOverdueApplicationsQueryDto): Promise<Page<OverdueApplicationResponse>> {
    const today = query.today ?? this.clock.today();
    const stored = await this.store.list<SubsidyApplicationState>(
      AGGREGATE_TYPES.application,
      query.roundId ? { roundId: query.roundId } : {},
    );
    // The rule works on states; the stored wrapper rides along so the answer can show version and change time.
    const overdue = overdueApplications(
      stored.map((application) => ({ ...application.state, stored: application })),
      today,
    );
    return pageOf(
      overdue.map(({ stored: application }) => {
        const response = applicationResponse(application, today);
        return { ...response, daysOverdue: daysBetween(response.decisionDueOn, today) };
      }),
      query,
    );
  }
}
