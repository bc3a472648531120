import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { OutsideReferralReasonCode } from '@okr/contracts';
import { Roles, SERVICE_CONFIG, IdParam, Actor, Clock } from '@okr/service-kit';
import type { EnrolmentConfig } from '../../config/enrolment.config';
import type { Referral } from '../../domain/inquiry.entity';
import { firstResponseNormOf, inquiryResponse, InquiryResponse } from '../../http/inquiry.response';
import { ReferInquiryHandler } from './refer-inquiry.handler';
import { ReferInquiryRequestDto } from './refer-inquiry.request.dto';

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
    // The validation pipe requires the field that goes with the kind; were it missing after all, the domain
    // would refuse the referral rather than take a default.
    const referral: Referral =
      body.kind === 'activities'
        ? { kind: 'activities', activities: body.activities ?? [] }
        : { kind: 'outside-programme', reasonCode: body.reasonCode as OutsideReferralReasonCode };
    const stored = await this.handler.execute({
      ...referral,
      inquiryId: id,
      referredOn: body.referredOn ?? today,
      ...(body.notes !== undefined ? { notes: body.notes } : {}),
      actor,
    });
    return inquiryResponse(stored, firstResponseNormOf(this.config), today);
  }
}
