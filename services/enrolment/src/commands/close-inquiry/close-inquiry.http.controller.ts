import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, Roles, SERVICE_CONFIG } from '@okr/service-kit';
import type { EnrolmentConfig } from '../../config/enrolment.config';
import { dayOf } from '../../domain/calendar-day.value-object';
import { firstResponseNormOf, inquiryResponse, type InquiryResponse } from '../../http/inquiry.response';
import { IdParam } from '../../http/params';
import { actorOf } from '../../http/principal-of';
import { CloseInquiryHandler } from './close-inquiry.handler';
import { CloseInquiryRequestDto } from './close-inquiry.request.dto';

@ApiTags('inquiries')
@Controller('inquiries')
export class CloseInquiryHttpController {
  constructor(
    private readonly handler: CloseInquiryHandler,
    @Inject(SERVICE_CONFIG) private readonly config: EnrolmentConfig,
  ) {}

  @Post(':id/close')
  @HttpCode(200)
  @Roles('helpdesk', 'admin')
  @ApiOperation({ summary: 'Close an inquiry with its outcome; publishes InquiryClosed' })
  @ApiOkResponse({ description: 'The closed inquiry' })
  @ApiNotFoundResponse({ description: 'INQUIRY.NOT_FOUND' })
  @ApiConflictResponse({ description: 'INQUIRY.INVALID_TRANSITION: the inquiry is closed already' })
  @ApiUnprocessableEntityResponse({
    description:
      'INQUIRY.OUTCOME_NOT_ALLOWED: referred is the outcome of a referred inquiry, and only of one',
  })
  async close(
    @Param() { id }: IdParam,
    @Body() body: CloseInquiryRequestDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<InquiryResponse> {
    const stored = await this.handler.execute({
      inquiryId: id,
      closedOn: body.closedOn ?? dayOf(new Date()),
      outcome: body.outcome,
      actor: actorOf(principal),
    });
    return inquiryResponse(stored, firstResponseNormOf(this.config));
  }
}
