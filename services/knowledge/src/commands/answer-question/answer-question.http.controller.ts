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
import { answerQuestion } from '../../domain/kennisrotonde-case.entity';
import { caseResponse, CaseResponse, serviceNormOf } from '../../http/case.response';
import { factDay } from '../../http/fact-days';
import { WRITERS } from '../../http/roles';
import { ChangeCaseHandler } from '../change-case/change-case.handler';
import { AnswerQuestionRequestDto } from './answer-question.request.dto';

@ApiTags('kennisrotonde')
@Controller('kennisrotonde/questions')
export class AnswerQuestionHttpController {
  constructor(
    private readonly handler: ChangeCaseHandler,
    @Inject(SERVICE_CONFIG) private readonly config: KnowledgeConfig,
    private readonly clock: Clock,
  ) {}

  @Post(':id/answer')
  @HttpCode(200)
  @Roles(...WRITERS)
  @ApiOperation({
    summary:
      'Record the answer of the assigned broker; publishes KennisrotondeQuestionAnswered with whether it met the norm',
  })
  @ApiOkResponse({ type: CaseResponse })
  @ApiBadRequestResponse({ description: 'REQUEST.VALIDATION_FAILED, with the failing fields' })
  @ApiNotFoundResponse({ description: 'CASE.NOT_FOUND' })
  @ApiConflictResponse({ description: 'CASE.INVALID_TRANSITION: only an assigned question is answered' })
  @ApiUnprocessableEntityResponse({ description: 'CASE.DAY_OUT_OF_ORDER: dated before the question came in' })
  async change(
    @Param() { id }: IdParam,
    @Body() body: AnswerQuestionRequestDto,
    @Actor() actor: string,
  ): Promise<CaseResponse> {
    const today = this.clock.today();
    const norm = serviceNormOf(this.config);
    const stored = await this.handler.execute(id, 'answer-question', actor, (current) =>
      answerQuestion(current, {
        text: body.text,
        sources: body.sources.map(({ title, url }) => ({ title, url })),
        answeredOn: factDay('answeredOn', body.answeredOn, today),
        norm,
      }),
    );
    return caseResponse(stored, norm, today);
  }
}
