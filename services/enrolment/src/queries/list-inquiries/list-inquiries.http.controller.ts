import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles, SERVICE_CONFIG, Clock } from '@okr/service-kit';
import type { EnrolmentConfig } from '../../config/enrolment.config';
import type { InquiryState } from '../../domain/inquiry.entity';
import { firstResponseNormOf, inquiryResponse, InquiryResponse } from '../../http/inquiry.response';
import { AggregateStore } from '@okr/messaging';
import { AGGREGATE_TYPES } from '../../infrastructure/enrolment.aggregates';
import { readablePageOf, type ReadablePage, showEach } from '../../http/readable-list';
import { ListInquiriesQueryDto } from './list-inquiries.query.dto';
import { readablePageResponseOf } from '../../http/readable-page.response';

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
  @ApiOperation({ summary: 'Inquiries, by school and status' })
  @ApiOkResponse({
    type: readablePageResponseOf(InquiryResponse),
    description:
      'A page of inquiries, the most recently received first (those received at an unknown moment last, with ' +
      '`unknownDays` naming it); `unreadable` lists any that cannot be shown at all',
  })
  async list(@Query() query: ListInquiriesQueryDto): Promise<ReadablePage<InquiryResponse>> {
    // The BRIN never changes once received, so the store can narrow by it; the status does change.
    const stored = (
      await this.store.list<InquiryState>(AGGREGATE_TYPES.inquiry, query.brin ? { brin: query.brin } : {})
    ).filter(({ state }) => !query.status || state.status === query.status);
    const norm = firstResponseNormOf(this.config);
    const today = this.clock.today();
    const { shown, unreadable } = showEach(stored, (inquiry) => inquiryResponse(inquiry, norm, today));
    const inquiries = shown.map(({ item }) => item);
    // One whose moment of receipt is unknown comes last: it cannot be placed among the others.
    inquiries.sort(
      (first, second) =>
        (second.receivedAt ?? '').localeCompare(first.receivedAt ?? '') ||
        first.inquiryId.localeCompare(second.inquiryId),
    );
    return readablePageOf(inquiries, unreadable, query);
  }
}
