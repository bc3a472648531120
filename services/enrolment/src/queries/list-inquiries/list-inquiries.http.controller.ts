import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles, SERVICE_CONFIG, type Page, pageOf, Clock } from '@okr/service-kit';
import type { EnrolmentConfig } from '../../config/enrolment.config';
import type { InquiryState } from '../../domain/inquiry.entity';
import { firstResponseNormOf, inquiryResponse, type InquiryResponse } from '../../http/inquiry.response';
import { AggregateStore } from '@okr/messaging';
import { AGGREGATE_TYPES } from '../../infrastructure/enrolment.aggregates';
import { ListInquiriesQueryDto } from './list-inquiries.query.dto';

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
  @ApiOkResponse({ description: 'A page of inquiries, the most recently received first' })
  async list(@Query() query: ListInquiriesQueryDto): Promise<Page<InquiryResponse>> {
    // The BRIN never changes once received, so the store can narrow by it; the status does change.
    const inquiries = (
      await this.store.list<InquiryState>(AGGREGATE_TYPES.inquiry, query.brin ? { brin: query.brin } : {})
    ).filter(({ state }) => !query.status || state.status === query.status);
    inquiries.sort(
      (first, second) =>
        second.state.receivedAt.localeCompare(first.state.receivedAt) ||
        first.state.inquiryId.localeCompare(second.state.inquiryId),
    );
    const norm = firstResponseNormOf(this.config);
    const today = this.clock.today();
    return pageOf(
      inquiries.map((inquiry) => inquiryResponse(inquiry, norm, today)),
      query,
    );
  }
}
