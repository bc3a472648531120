import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Actor, Clock, IdParam, Roles, SERVICE_CONFIG } from '@okr/service-kit';
import type { KnowledgeConfig } from '../../config/knowledge.config';
import { caseResponse, CaseResponse, serviceNormOf } from '../../http/case.response';
import { factDay } from '../../http/fact-days';
import { WRITERS } from '../../http/roles';
import { RedirectQuestionHandler } from './redirect-question.handler';
import { RedirectQuestionRequestDto } from './redirect-question.request.dto';

@ApiTags('kennisrotonde')
@Controller('kennisrotonde/questions')
export class RedirectQuestionHttpController {
  constructor(
    private readonly handler: RedirectQuestionHandler,
    @Inject(SERVICE_CONFIG) private readonly config: KnowledgeConfig,
    private readonly clock: Clock,
  ) {}

  @Post(':id/redirection')
  @HttpCode(200)
  @Roles(...WRITERS)
  @ApiOperation({ summary: 'Point the asker to an existing answer: a published knowledge product' })
  @ApiOkResponse({ type: CaseResponse })
  @ApiBadRequestResponse({ description: 'REQUEST.VALIDATION_FAILED, with the failing fields' })
  @ApiNotFoundResponse({ description: 'CASE.NOT_FOUND or PRODUCT.NOT_FOUND' })
  @ApiConflictResponse({ description: 'CASE.INVALID_TRANSITION or PRODUCT.NOT_PUBLISHED' })
  @ApiUnprocessableEntityResponse({ description: 'CASE.DAY_OUT_OF_ORDER' })
  async redirect(
    @Param() { id }: IdParam,
    @Body() body: RedirectQuestionRequestDto,
    @Actor() actor: string,
  ): Promise<CaseResponse> {
    const today = this.clock.today();
    const stored = await this.handler.execute(
      id,
      body.productId,
      factDay('redirectedOn', body.redirectedOn, today),
      actor,
    );
    return caseResponse(stored, serviceNormOf(this.config), today);
  }
}
