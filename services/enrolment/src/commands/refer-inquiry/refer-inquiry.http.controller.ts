import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Roles, SERVICE_CONFIG, IdParam, Actor, Clock } from '@okr/service-kit';
import type { EnrolmentConfig } from '../../config/enrolment.config';
import { firstResponseNormOf, inquiryResponse, InquiryResponse } from '../../http/inquiry.response';
import { ReferInquiryHandler } from './refer-inquiry.handler';
import { referInquiryCommand, ReferInquiryRequestDto } from './refer-inquiry.request.dto';

@ApiTags('inquiries')
@Controller('inquiries')
export class ReferInquiryHttpController {
  constructor(
    private readonly handler: ReferInquiryHandler,
    @Inject(SERVICE_CONFIG) private readonly config: EnrolmentConfig,
    private readonly clock: Clock,
  ) {}

  @Post(':id/referral')
  @HttpCode(201)
  @Roles('helpdesk', 'admin')
  @ApiOperation({
    summary:
      'Refer the school, after an exploratory conversation, to activities or outside the programme; publishes InquiryReferred',
  })
  @ApiCreatedResponse({ type: InquiryResponse, description: 'The inquiry with its referral' })
  @ApiNotFoundResponse({ description: 'INQUIRY.NOT_FOUND' })
  @ApiConflictResponse({
    description: 'INQUIRY.INVALID_TRANSITION: no exploratory conversation yet, or already referred or closed',
  })
  @ApiUnprocessableEntityResponse({ description: 'INQUIRY.DATE_OUT_OF_ORDER: before the last conversation' })
  async refer(
    @Param() { id }: IdParam,
    @Body() body: ReferInquiryRequestDto,
    @Actor() actor: string,
  ): Promise<InquiryResponse> {
    const today = this.clock.today();
    const stored = await this.handler.execute({ ...referInquiryCommand(body, id, this.clock), actor });
    return inquiryResponse(stored, firstResponseNormOf(this.config), today);
  }
}
