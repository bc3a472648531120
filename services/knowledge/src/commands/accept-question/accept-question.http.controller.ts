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
import { acceptQuestion } from '../../domain/kennisrotonde-case.entity';
import { caseResponse, CaseResponse, serviceNormOf } from '../../http/case.response';
import { factDay } from '../../http/fact-days';
import { WRITERS } from '../../http/roles';
import { ChangeCaseHandler } from '../change-case/change-case.handler';
import { AcceptQuestionRequestDto } from './accept-question.request.dto';

@ApiTags('kennisrotonde')
@Controller('kennisrotonde/questions')
export class AcceptQuestionHttpController {
  constructor(
    private readonly handler: ChangeCaseHandler,
    @Inject(SERVICE_CONFIG) private readonly config: KnowledgeConfig,
    private readonly clock: Clock,
  ) {}

  @Post(':id/acceptance')
  @HttpCode(200)
  @Roles(...WRITERS)
  @ApiOperation({ summary: 'Take a received question on' })
  @ApiOkResponse({ type: CaseResponse })
  @ApiBadRequestResponse({ description: 'REQUEST.VALIDATION_FAILED, with the failing fields' })
  @ApiNotFoundResponse({ description: 'CASE.NOT_FOUND' })
  @ApiConflictResponse({ description: 'CASE.INVALID_TRANSITION: only a received question is accepted' })
  @ApiUnprocessableEntityResponse({ description: 'CASE.DAY_OUT_OF_ORDER: dated before the question came in' })
  async change(
    @Param() { id }: IdParam,
    @Body() body: AcceptQuestionRequestDto,
    @Actor() actor: string,
  ): Promise<CaseResponse> {
    const today = this.clock.today();
    const norm = serviceNormOf(this.config);
    const stored = await this.handler.execute(id, 'accept-question', actor, (current) =>
      acceptQuestion(current, { acceptedOn: factDay('acceptedOn', body.acceptedOn, today) }),
    );
    return caseResponse(stored, norm, today);
  }
}
