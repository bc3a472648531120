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
import { declineQuestion } from '../../domain/kennisrotonde-case.entity';
import { caseResponse, CaseResponse, serviceNormOf } from '../../http/case.response';
import { factDay } from '../../http/fact-days';
import { WRITERS } from '../../http/roles';
import { ChangeCaseHandler } from '../change-case/change-case.handler';
import { DeclineQuestionRequestDto } from './decline-question.request.dto';

@ApiTags('kennisrotonde')
@Controller('kennisrotonde/questions')
export class DeclineQuestionHttpController {
  constructor(
    private readonly handler: ChangeCaseHandler,
    @Inject(SERVICE_CONFIG) private readonly config: KnowledgeConfig,
    private readonly clock: Clock,
  ) {}

  @Post(':id/declination')
  @HttpCode(200)
  @Roles(...WRITERS)
  @ApiOperation({ summary: 'Decline a received question, e.g. as out of scope, with a reason' })
  @ApiOkResponse({ type: CaseResponse })
  @ApiBadRequestResponse({ description: 'REQUEST.VALIDATION_FAILED, with the failing fields' })
  @ApiNotFoundResponse({ description: 'CASE.NOT_FOUND' })
  @ApiConflictResponse({ description: 'CASE.INVALID_TRANSITION: only a received question is declined' })
  @ApiUnprocessableEntityResponse({ description: 'CASE.DAY_OUT_OF_ORDER: dated before the question came in' })
  async change(
    @Param() { id }: IdParam,
    @Body() body: DeclineQuestionRequestDto,
    @Actor() actor: string,
  ): Promise<CaseResponse> {
    const today = this.clock.today();
    const norm = serviceNormOf(this.config);
    const stored = await this.handler.execute(id, 'decline-question', actor, (current) =>
      declineQuestion(current, {
        declinedOn: factDay('declinedOn', body.declinedOn, today),
        reasonCode: body.reasonCode,
        ...(body.reason !== undefined ? { reason: body.reason } : {}),
      }),
    );
    return caseResponse(stored, norm, today);
  }
}
