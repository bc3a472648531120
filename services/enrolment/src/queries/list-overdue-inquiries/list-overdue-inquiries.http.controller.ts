import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { API_COUNT, Clock, Roles, SERVICE_CONFIG } from '@okr/service-kit';
import type { EnrolmentConfig } from '../../config/enrolment.config';
import { addDays, type CalendarDay, daysBetween } from '../../domain/calendar-day.value-object';
import type { InquiryState } from '../../domain/inquiry.entity';
import { isWorkingDay } from '../../domain/calendar-day.value-object';
import { type FirstResponseNorm, overdueInquiries } from '../../domain/working-days.rules';
import { firstResponseNormOf, inquiryResponse, InquiryResponse } from '../../http/inquiry.response';
import { AggregateStore, type Stored } from '@okr/messaging';
import { AGGREGATE_TYPES } from '../../infrastructure/enrolment.aggregates';
import { readablePageOf, type ReadablePage, showEach, type UnreadableRecord } from '../../http/readable-list';
import { ListOverdueInquiriesQueryDto } from './list-overdue-inquiries.query.dto';
import { readablePageResponseOf } from '../../http/readable-page.response';

/** An inquiry past its first-response due day, and by how much. */
export class OverdueInquiryResponse extends InquiryResponse {
  @ApiProperty(API_COUNT)
  daysOverdue!: number;

  @ApiProperty(API_COUNT)
  workingDaysOverdue!: number;
}

/** A page of overdue inquiries, with the open ones that cannot be judged because their day of receipt is unknown. */
export class OverdueInquiriesPageResponse extends readablePageResponseOf(OverdueInquiryResponse) {
  @ApiProperty({
    type: [InquiryResponse],
    description:
      'open inquiries whose day of receipt is unknown (stored before days were checked), so whether they are ' +
      'overdue cannot be judged; never paged, normally empty',
  })
  undated!: InquiryResponse[];
}

export interface OverdueInquiriesPage extends ReadablePage<OverdueInquiryResponse> {
  undated: InquiryResponse[];
}

@ApiTags('inquiries')
@Controller('inquiries')
export class ListOverdueInquiriesHttpController {
  constructor(
    private readonly store: AggregateStore,
    @Inject(SERVICE_CONFIG) private readonly config: EnrolmentConfig,
    private readonly clock: Clock,
  ) {}

  @Get('overdue')
  @Roles('helpdesk', 'admin')
  @ApiOperation({
    summary:
      'Open inquiries without a first response within the norm (FIRST_RESPONSE_WORKING_DAYS working days)',
  })
  @ApiOkResponse({
    type: OverdueInquiriesPageResponse,
    description:
      'A page of overdue inquiries, the longest overdue first; `undated` lists the open ones received on an ' +
      'unknown day, `unreadable` any that cannot be shown at all',
  })
  async list(@Query() query: ListOverdueInquiriesQueryDto): Promise<OverdueInquiriesPage> {
    const today = query.today ?? this.clock.today();
    const norm = firstResponseNormOf(this.config);
    // Judged once per change of any inquiry and day asked about, not on every request.
    const { overdue, unreadable, undated } = await this.store.view<InquiryState, OverdueOnDay>(
      AGGREGATE_TYPES.inquiry,
      `overdue:${today}`,
      (states) => overdueOn(states, today, norm),
    );
    return { ...readablePageOf(overdue, unreadable, query), undated: [...undated] };
  }
}

/** What the overdue list shows on one day. */
interface OverdueOnDay {
  readonly overdue: readonly OverdueInquiryResponse[];
  readonly unreadable: readonly UnreadableRecord[];
  readonly undated: readonly InquiryResponse[];
}

function overdueOn(
  states: readonly Stored<InquiryState>[],
  today: CalendarDay,
  norm: FirstResponseNorm,
): OverdueOnDay {
  const { shown, unreadable } = showEach(states, (stored) => inquiryResponse(stored, norm, today));
  // An inquiry whose day of receipt is unknown cannot be judged: it is set aside before the rule sees it.
  const dated = shown.flatMap(({ stored, item }) =>
    item.receivedOn === null || item.firstResponseDueOn === null
      ? []
      : [
          {
            ...stored.state,
            receivedOn: item.receivedOn,
            // The rule orders by the moment; a known day with an unknown moment sorts by its day.
            receivedAt: item.receivedAt ?? item.receivedOn,
            dueOn: item.firstResponseDueOn,
            item,
          },
        ],
  );
  const undated = shown
    .filter(({ stored, item }) => item.receivedOn === null && stored.state.status === 'open')
    .map(({ item }) => item);
  // The rule works on states; the response rides along, already made.
  const overdue = overdueInquiries(dated, today, norm).map(({ dueOn, item }) => ({
    ...item,
    daysOverdue: daysBetween(dueOn, today),
    workingDaysOverdue: workingDaysAfter(dueOn, today, norm.holidays),
  }));
  return { overdue, unreadable, undated };
}

/** The working days after `from` up to and including `to`. */
function workingDaysAfter(from: CalendarDay, to: CalendarDay, holidays: readonly CalendarDay[]): number {
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) {
    if (isWorkingDay(day, holidays)) count += 1;
  }
  return count;
}
