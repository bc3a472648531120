import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles, SERVICE_CONFIG, IdParam, Clock } from '@okr/service-kit';
import type { EnrolmentConfig } from '../../config/enrolment.config';
import type { InquiryState } from '../../domain/inquiry.entity';
import { firstResponseNormOf, inquiryResponse, InquiryResponse } from '../../http/inquiry.response';
import { AggregateStore } from '@okr/messaging';
import { streams } from '../../infrastructure/enrolment.aggregates';

@ApiTags('inquiries')
@Controller('inquiries')
export class GetInquiryHttpController {
  constructor(
    private readonly store: AggregateStore,
    @Inject(SERVICE_CONFIG) private readonly config: EnrolmentConfig,
    private readonly clock: Clock,
  ) {}

  @Get(':id')
  @Roles('helpdesk', 'admin')
  @ApiOperation({ summary: 'An inquiry, with its conversations, referral and first-response due day' })
  @ApiOkResponse({ type: InquiryResponse, description: 'The inquiry' })
  @ApiNotFoundResponse({ description: 'INQUIRY.NOT_FOUND' })
  async get(@Param() { id }: IdParam): Promise<InquiryResponse> {
    const inquiry = await this.store.require<InquiryState>(streams.inquiry(id));
    return inquiryResponse(inquiry, firstResponseNormOf(this.config), this.clock.today());
  }
}
