import { Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import {
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Roles, SERVICE_CONFIG, IdParam, Actor, Clock } from '@okr/service-kit';
import type { EnrolmentConfig } from '../../config/enrolment.config';
import { firstResponseNormOf, inquiryResponse, type InquiryResponse } from '../../http/inquiry.response';
import { EraseInquiryContactHandler } from './erase-inquiry-contact.handler';

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
      "Erase the inquiry's contact person on request, from every version of it; the inquiry and every count stay. Publishes nothing",
  })
  @ApiOkResponse({ description: 'The inquiry without its contact person' })
  @ApiNotFoundResponse({ description: 'INQUIRY.NOT_FOUND' })
  @ApiServiceUnavailableResponse({
    description:
      'INQUIRY.ERASURE_PENDING: earlier versions wait for the relay (Kafka unreachable); repeat the request to finish',
  })
  async erase(@Param() { id }: IdParam, @Actor() actor: string): Promise<InquiryResponse> {
    const stored = await this.handler.execute({
      inquiryId: id,
      erasedOn: this.clock.today(),
      actor,
    });
    return inquiryResponse(stored, firstResponseNormOf(this.config), this.clock.today());
  }
}
