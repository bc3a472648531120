import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles, SERVICE_CONFIG, Clock } from '@okr/service-kit';
import type { EnrolmentConfig } from '../../config/enrolment.config';
import type { InquiryState } from '../../domain/inquiry.entity';
import { firstResponseNormOf, inquiryResponse, InquiryResponse } from '../../http/inquiry.response';
import { AggregateStore, type Stored } from '@okr/messaging';
import type { CalendarDay } from '../../domain/calendar-day.value-object';
import type { FirstResponseNorm } from '../../domain/working-days.rules';
import { AGGREGATE_TYPES } from '../../infrastructure/enrolment.aggregates';
import {
  type ReadablePage,
  readablePageOfShown,
  type Shown,
  showEach,
  type UnreadableRecord,
} from '../../http/readable-list';
import { ListInquiriesQueryDto } from './list-inquiries.query.dto';
import { readablePageResponseOf } from '../../http/readable-page.response';

/** An inquiry as the list finds it: shown once, with the lower-case text a search compares with. */
interface ListedInquiry extends Shown<InquiryState, InquiryResponse> {
  readonly searched: readonly string[];
}

/** Every inquiry shown on one day, the most recently received first; made once per change and day. */
interface InquiriesByReceipt {
  readonly inquiries: readonly ListedInquiry[];
  readonly unreadable: readonly UnreadableRecord[];
}

@ApiTags('inquiries')
@Controller('inquiries')
export class ListInquiriesHttpController {
  constructor(
    private readonly store: AggregateStore,
    @Inject(SERVICE_CONFIG) private readonly config: EnrolmentConfig,
    private readonly clock: Clock,
  ) {}

  @Get()
  @Roles('helpdesk', 'admin')
  @ApiOperation({ summary: 'Inquiries, by school, status or a part of the BRIN or school name' })
  @ApiOkResponse({
    type: readablePageResponseOf(InquiryResponse),
    description:
      'A page of inquiries, the most recently received first (those received at an unknown moment last, with ' +
      '`unknownDays` naming it); `unreadable` lists any that cannot be shown at all',
  })
  async list(@Query() query: ListInquiriesQueryDto): Promise<ReadablePage<InquiryResponse>> {
    const norm = firstResponseNormOf(this.config);
    const today = this.clock.today();
    // What an inquiry shows (how overdue it is) depends on the day, so the view is made per day.
    const byReceipt = `by-receipt:${today}`;
    const showAll = (states: readonly Stored<InquiryState>[]): InquiriesByReceipt =>
      inquiriesByReceipt(states, norm, today);
    const search = query.search?.trim().toLowerCase();
    const filter = { brin: query.brin, status: query.status, search };
    // The inquiries a filter finds are a view too: paging through them filters once, not once per page.
    const { inquiries: found, unreadable } =
      query.brin || query.status || search
        ? await this.store.view<InquiryState, InquiriesByReceipt>(
            AGGREGATE_TYPES.inquiry,
            `${byReceipt}?${JSON.stringify(filter)}`,
            (_states, viewOf) => {
              const all = viewOf(byReceipt, showAll);
              return {
                ...all,
                inquiries: all.inquiries.filter(
                  ({ item, searched }) =>
                    (!filter.brin || item.brin === filter.brin) &&
                    (!filter.status || item.status === filter.status) &&
                    (!search || searched.some((text) => text.includes(search))),
                ),
              };
            },
          )
        : await this.store.view(AGGREGATE_TYPES.inquiry, byReceipt, showAll);
    return readablePageOfShown(found, unreadable, query);
  }
}

function inquiriesByReceipt(
  states: readonly Stored<InquiryState>[],
  norm: FirstResponseNorm,
  today: CalendarDay,
): InquiriesByReceipt {
  const { shown, unreadable } = showEach(states, (inquiry) => inquiryResponse(inquiry, norm, today));
  const inquiries = shown.map((inquiry) => ({
    ...inquiry,
    searched: [inquiry.item.brin, inquiry.item.schoolName].flatMap((text) =>
      text === undefined ? [] : [text.toLowerCase()],
    ),
  }));
  // One whose moment of receipt is unknown comes last: it cannot be placed among the others.
  inquiries.sort(
    (first, second) =>
      (second.item.receivedAt ?? '').localeCompare(first.item.receivedAt ?? '') ||
      first.item.inquiryId.localeCompare(second.item.inquiryId),
  );
  return { inquiries, unreadable };
}
