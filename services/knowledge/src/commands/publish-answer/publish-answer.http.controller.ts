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
import { PublishAnswerHandler } from './publish-answer.handler';
import { PublishAnswerRequestDto } from './publish-answer.request.dto';

const NO_CO_CREATION = { teachers: 0, schoolLeaders: 0, teacherEducators: 0, researchers: 0 };

@ApiTags('kennisrotonde')
@Controller('kennisrotonde/questions')
export class PublishAnswerHttpController {
  constructor(
    private readonly handler: PublishAnswerHandler,
    @Inject(SERVICE_CONFIG) private readonly config: KnowledgeConfig,
    private readonly clock: Clock,
  ) {}

  @Post(':id/publication')
  @HttpCode(200)
  @Roles(...WRITERS)
  @ApiOperation({
    summary:
      'Publish an answer: it becomes a knowledge product of type kennisrotonde-answer (a draft that goes through ' +
      'review; outcome.productId names it). Publishes KennisrotondeAnswerPublished',
  })
  @ApiOkResponse({ type: CaseResponse })
  @ApiBadRequestResponse({ description: 'REQUEST.VALIDATION_FAILED, with the failing fields' })
  @ApiNotFoundResponse({ description: 'CASE.NOT_FOUND' })
  @ApiConflictResponse({ description: 'CASE.INVALID_TRANSITION: only an answered question is published' })
  @ApiUnprocessableEntityResponse({ description: 'CASE.DAY_OUT_OF_ORDER' })
  async publish(
    @Param() { id }: IdParam,
    @Body() body: PublishAnswerRequestDto,
    @Actor() actor: string,
  ): Promise<CaseResponse> {
    const today = this.clock.today();
    const stored = await this.handler.execute({
      caseId: id,
      presentation: {
        title: body.title.trim(),
        summary: body.summary.trim(),
        themes: [...body.themes],
        sectors: [...body.sectors],
        pillarCodes: [...body.pillarCodes],
        coCreation: body.coCreation !== undefined ? { ...body.coCreation } : NO_CO_CREATION,
      },
      publishedOn: factDay('publishedOn', body.publishedOn, today),
      actor,
    });
    return caseResponse(stored, serviceNormOf(this.config), today);
  }
}
