import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { API_COUNT, Clock, Roles, SERVICE_CONFIG } from '@okr/service-kit';
import type { EnrolmentConfig } from '../../config/enrolment.config';
import { addDays, type CalendarDay, daysBetween } from '../../domain/calendar-day.value-object';
import type { InquiryState } from '../../domain/inquiry.entity';
import { type FirstResponseNorm, isWorkingDay, overdueInquiries } from '../../domain/working-days.rules';
import { firstResponseNormOf, inquiryResponse, InquiryResponse } from '../../http/inquiry.response';
import { type Stored, AggregateStore } from '@okr/messaging';
import { AGGREGATE_TYPES } from '../../infrastructure/enrolment.aggregates';
import { readablePageOf, type ReadablePage, showEach } from '../../http/readable-list';
import { ListOverdueInquiriesQueryDto } from './list-overdue-inquiries.query.dto';
import { readablePageResponseOf } from '../../http/readable-page.response';

/** An inquiry past its first-response due day, and by how much. */
export class OverdueInquiryResponse extends InquiryResponse {
  @ApiProperty(API_COUNT)
  daysOverdue!: number;

  @ApiProperty(API_COUNT)
  workingDaysOverdue!: number;
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
    type: readablePageResponseOf(OverdueInquiryResponse),
    description:
      'A page of overdue inquiries, the longest overdue first; `unreadable` lists any that cannot be shown',
  })
  async list(@Query() query: ListOverdueInquiriesQueryDto): Promise<ReadablePage<OverdueInquiryResponse>> {
    const today = query.today ?? this.clock.today();
    const norm = firstResponseNormOf(this.config);
    // An inquiry that cannot be shown cannot be judged either: it is set aside before the rule sees it.
    const { shown, unreadable } = showEach(
      await this.store.list<InquiryState>(AGGREGATE_TYPES.inquiry),
      (stored) => overdueResponse(stored, norm, today),
    );
    // The rule works on states; the response rides along, already made.
    const overdue = overdueInquiries(
      shown.map(({ stored, item }) => ({ ...stored.state, item })),
      today,
      norm,
    );
    return readablePageOf(
      overdue.map(({ item }) => item),
      unreadable,
      query,
    );
  }
}

function overdueResponse(
  stored: Stored<InquiryState>,
  norm: FirstResponseNorm,
  today: CalendarDay,
): OverdueInquiryResponse {
  const inquiry = inquiryResponse(stored, norm, today);
  return {
    ...inquiry,
    daysOverdue: daysBetween(inquiry.firstResponseDueOn, today),
    workingDaysOverdue: workingDaysAfter(inquiry.firstResponseDueOn, today, norm.holidays),
  };
}

/** The working days after `from` up to and including `to`. */
function workingDaysAfter(from: CalendarDay, to: CalendarDay, holidays: readonly CalendarDay[]): number {
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) {
    if (isWorkingDay(day, holidays)) count += 1;
  }
  return count;
}
