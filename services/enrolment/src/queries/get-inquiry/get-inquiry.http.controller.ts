import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles, SERVICE_CONFIG, IdParam, Clock } from '@okr/service-kit';
import type { EnrolmentConfig } from '../../config/enrolment.config';
import type { InquiryState } from '../../domain/inquiry.entity';
import { InquiryError } from '../../domain/inquiry.errors';
import { firstResponseNormOf, inquiryResponse, type InquiryResponse } from '../../http/inquiry.response';
import { EnrolmentStore } from '../../infrastructure/enrolment.store';
import { streams } from '../../infrastructure/enrolment.streams';

@ApiTags('inquiries')
@Controller('inquiries')
export class GetInquiryHttpController {
  constructor(
    private readonly store: EnrolmentStore,
    @Inject(SERVICE_CONFIG) private readonly config: EnrolmentConfig,
    private readonly clock: Clock,
  ) {}

  @Get(':id')
  @Roles('helpdesk', 'admin')
  @ApiOperation({ summary: 'An inquiry, with its conversations, referral and first-response due day' })
  @ApiOkResponse({ description: 'The inquiry' })
  @ApiNotFoundResponse({ description: 'INQUIRY.NOT_FOUND' })
  async get(@Param() { id }: IdParam): Promise<InquiryResponse> {
    const inquiry = await this.store.load<InquiryState>(streams.inquiry(id));
    if (!inquiry) throw new InquiryError('INQUIRY.NOT_FOUND', `No inquiry ${id}`, { inquiryId: id });
    return inquiryResponse(inquiry, firstResponseNormOf(this.config), this.clock.today());
  }
}
