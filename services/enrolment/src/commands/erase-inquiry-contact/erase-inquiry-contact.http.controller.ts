import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import {
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiServiceUnavailableResponse,
  ApiUnprocessableEntityResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Roles, SERVICE_CONFIG, IdParam, Actor, Clock } from '@okr/service-kit';
import type { EnrolmentConfig } from '../../config/enrolment.config';
import { firstResponseNormOf, inquiryResponse, InquiryResponse } from '../../http/inquiry.response';
import { EraseInquiryContactHandler } from './erase-inquiry-contact.handler';
import { EraseInquiryContactRequestDto } from './erase-inquiry-contact.request.dto';

@ApiTags('inquiries')
@Controller('inquiries')
export class EraseInquiryContactHttpController {
  constructor(
    private readonly handler: EraseInquiryContactHandler,
    @Inject(SERVICE_CONFIG) private readonly config: EnrolmentConfig,
    private readonly clock: Clock,
  ) {}

  @Post(':id/erase-contact')
  @HttpCode(200)
  @Roles('helpdesk', 'admin')
  @ApiOperation({
    summary:
      "Erase the inquiry's contact person on request, from every version of it and from kept answers, and free text that names them; the inquiry and every count stay. Publishes nothing",
  })
  @ApiOkResponse({ type: InquiryResponse, description: 'The inquiry without its contact person' })
  @ApiNotFoundResponse({ description: 'INQUIRY.NOT_FOUND' })
  @ApiUnprocessableEntityResponse({ description: 'INQUIRY.INVALID_ERASURE: a text to remove is too short' })
  @ApiServiceUnavailableResponse({
    description:
      'INQUIRY.ERASURE_PENDING: earlier versions wait for the relay (Kafka unreachable); repeat the request to finish',
  })
  async erase(
    @Param() { id }: IdParam,
    @Body() body: EraseInquiryContactRequestDto,
    @Actor() actor: string,
  ): Promise<InquiryResponse> {
    const today = this.clock.today();
    const stored = await this.handler.execute({
      inquiryId: id,
      erasedOn: today,
      ...(body.alsoRemove !== undefined ? { texts: body.alsoRemove } : {}),
      actor,
    });
    return inquiryResponse(stored, firstResponseNormOf(this.config), today);
  }
}
