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
import { keepUnpublished } from '../../domain/kennisrotonde-case.entity';
import { caseResponse, CaseResponse, serviceNormOf } from '../../http/case.response';
import { factDay } from '../../http/fact-days';
import { WRITERS } from '../../http/roles';
import { ChangeCaseHandler } from '../change-case/change-case.handler';
import { KeepAnswerUnpublishedRequestDto } from './keep-answer-unpublished.request.dto';

@ApiTags('kennisrotonde')
@Controller('kennisrotonde/questions')
export class KeepAnswerUnpublishedHttpController {
  constructor(
    private readonly handler: ChangeCaseHandler,
    @Inject(SERVICE_CONFIG) private readonly config: KnowledgeConfig,
    private readonly clock: Clock,
  ) {}

  @Post(':id/non-publication')
  @HttpCode(200)
  @Roles(...WRITERS)
  @ApiOperation({ summary: 'Keep an answer for the asker only' })
  @ApiOkResponse({ type: CaseResponse })
  @ApiBadRequestResponse({ description: 'REQUEST.VALIDATION_FAILED, with the failing fields' })
  @ApiNotFoundResponse({ description: 'CASE.NOT_FOUND' })
  @ApiConflictResponse({
    description: 'CASE.INVALID_TRANSITION: only an answered question is kept unpublished',
  })
  @ApiUnprocessableEntityResponse({ description: 'CASE.DAY_OUT_OF_ORDER: dated before the question came in' })
  async change(
    @Param() { id }: IdParam,
    @Body() body: KeepAnswerUnpublishedRequestDto,
    @Actor() actor: string,
  ): Promise<CaseResponse> {
    const today = this.clock.today();
    const norm = serviceNormOf(this.config);
    const stored = await this.handler.execute(id, 'keep-answer-unpublished', actor, (current) =>
      keepUnpublished(current, { decidedOn: factDay('decidedOn', body.decidedOn, today) }),
    );
    return caseResponse(stored, norm, today);
  }
}
