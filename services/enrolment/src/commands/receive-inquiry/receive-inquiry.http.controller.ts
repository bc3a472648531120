import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Roles, SERVICE_CONFIG, Actor, Clock } from '@okr/service-kit';
import type { EnrolmentConfig } from '../../config/enrolment.config';
import { firstResponseNormOf, inquiryResponse, InquiryResponse } from '../../http/inquiry.response';
import { ReceiveInquiryHandler } from './receive-inquiry.handler';
import { receiveInquiryCommand, ReceiveInquiryRequestDto } from './receive-inquiry.request.dto';

@ApiTags('inquiries')
@Controller('inquiries')
export class ReceiveInquiryHttpController {
  constructor(
    private readonly handler: ReceiveInquiryHandler,
    @Inject(SERVICE_CONFIG) private readonly config: EnrolmentConfig,
    private readonly clock: Clock,
  ) {}

  @Post()
  @HttpCode(201)
  @Roles('helpdesk', 'admin')
  @ApiOperation({ summary: 'Record an inquiry a school put to the help desk; publishes InquiryReceived' })
  @ApiCreatedResponse({
    type: InquiryResponse,
    description: 'The inquiry, with the day its first response is due',
  })
  @ApiBadRequestResponse({
    description: 'REQUEST.VALIDATION_FAILED: e.g. neither brin nor schoolName, or received after today',
  })
  @ApiNotFoundResponse({ description: 'SCHOOL.NOT_REGISTERED: the brin is not a registered school' })
  async receive(@Body() body: ReceiveInquiryRequestDto, @Actor() actor: string): Promise<InquiryResponse> {
    const today = this.clock.today();
    const stored = await this.handler.execute({ ...receiveInquiryCommand(body, this.clock), actor });
    return inquiryResponse(stored, firstResponseNormOf(this.config), today);
  }
}
