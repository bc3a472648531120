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
import { HoldExploratoryConversationHandler } from './hold-exploratory-conversation.handler';
import {
  holdConversationCommand,
  HoldExploratoryConversationRequestDto,
} from './hold-exploratory-conversation.request.dto';

@ApiTags('inquiries')
@Controller('inquiries')
export class HoldExploratoryConversationHttpController {
  constructor(
    private readonly handler: HoldExploratoryConversationHandler,
    @Inject(SERVICE_CONFIG) private readonly config: EnrolmentConfig,
    private readonly clock: Clock,
  ) {}

  @Post(':id/conversations')
  @HttpCode(201)
  @Roles('helpdesk', 'admin')
  @ApiOperation({
    summary: 'Record an exploratory conversation about an inquiry; publishes ExploratoryConversationHeld',
  })
  @ApiCreatedResponse({ type: InquiryResponse, description: 'The inquiry with the conversation added' })
  @ApiNotFoundResponse({ description: 'INQUIRY.NOT_FOUND' })
  @ApiConflictResponse({ description: 'INQUIRY.INVALID_TRANSITION: the inquiry was referred or closed' })
  @ApiUnprocessableEntityResponse({
    description: 'INQUIRY.DATE_OUT_OF_ORDER: held before the inquiry came in',
  })
  async hold(
    @Param() { id }: IdParam,
    @Body() body: HoldExploratoryConversationRequestDto,
    @Actor() actor: string,
  ): Promise<InquiryResponse> {
    const today = this.clock.today();
    const stored = await this.handler.execute({ ...holdConversationCommand(body, id, this.clock), actor });
    return inquiryResponse(stored, firstResponseNormOf(this.config), today);
  }
}
