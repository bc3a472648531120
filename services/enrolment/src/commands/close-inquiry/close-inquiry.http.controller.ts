import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Roles, SERVICE_CONFIG, IdParam, Actor, Clock } from '@okr/service-kit';
import type { EnrolmentConfig } from '../../config/enrolment.config';
import { firstResponseNormOf, inquiryResponse, InquiryResponse } from '../../http/inquiry.response';
import { CloseInquiryHandler } from './close-inquiry.handler';
import { closeInquiryCommand, CloseInquiryRequestDto } from './close-inquiry.request.dto';

@ApiTags('inquiries')
@Controller('inquiries')
export class CloseInquiryHttpController {
  constructor(
    private readonly handler: CloseInquiryHandler,
    @Inject(SERVICE_CONFIG) private readonly config: EnrolmentConfig,
    private readonly clock: Clock,
  ) {}

  @Post(':id/close')
  @HttpCode(200)
  @Roles('helpdesk', 'admin')
  @ApiOperation({ summary: 'Close an inquiry with its outcome; publishes InquiryClosed' })
  @ApiOkResponse({ type: InquiryResponse, description: 'The closed inquiry' })
  @ApiNotFoundResponse({ description: 'INQUIRY.NOT_FOUND' })
  @ApiConflictResponse({ description: 'INQUIRY.INVALID_TRANSITION: the inquiry is closed already' })
  @ApiUnprocessableEntityResponse({
    description:
      'INQUIRY.OUTCOME_NOT_ALLOWED: referred is the outcome of a referred inquiry, and only of one',
  })
  async close(
    @Param() { id }: IdParam,
    @Body() body: CloseInquiryRequestDto,
    @Actor() actor: string,
  ): Promise<InquiryResponse> {
    const today = this.clock.today();
    const stored = await this.handler.execute({ ...closeInquiryCommand(body, id, this.clock), actor });
    return inquiryResponse(stored, firstResponseNormOf(this.config), today);
  }
}
