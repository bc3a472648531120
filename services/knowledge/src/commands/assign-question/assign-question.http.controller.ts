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
import { assignQuestion } from '../../domain/kennisrotonde-case.entity';
import { caseResponse, CaseResponse, serviceNormOf } from '../../http/case.response';
import { factDay } from '../../http/fact-days';
import { WRITERS } from '../../http/roles';
import { ChangeCaseHandler } from '../change-case/change-case.handler';
import { AssignQuestionRequestDto } from './assign-question.request.dto';

@ApiTags('kennisrotonde')
@Controller('kennisrotonde/questions')
export class AssignQuestionHttpController {
  constructor(
    private readonly handler: ChangeCaseHandler,
    @Inject(SERVICE_CONFIG) private readonly config: KnowledgeConfig,
    private readonly clock: Clock,
  ) {}

  @Post(':id/assignment')
  @HttpCode(200)
  @Roles(...WRITERS)
  @ApiOperation({ summary: 'Assign an accepted question to a knowledge broker, or hand it on to another' })
  @ApiOkResponse({ type: CaseResponse })
  @ApiBadRequestResponse({ description: 'REQUEST.VALIDATION_FAILED, with the failing fields' })
  @ApiNotFoundResponse({ description: 'CASE.NOT_FOUND' })
  @ApiConflictResponse({
    description: 'CASE.INVALID_TRANSITION: only an accepted or assigned question is assigned',
  })
  @ApiUnprocessableEntityResponse({ description: 'CASE.DAY_OUT_OF_ORDER: dated before the question came in' })
  async change(
    @Param() { id }: IdParam,
    @Body() body: AssignQuestionRequestDto,
    @Actor() actor: string,
  ): Promise<CaseResponse> {
    const today = this.clock.today();
    const norm = serviceNormOf(this.config);
    const stored = await this.handler.execute(id, 'assign-question', actor, (current) =>
      assignQuestion(current, {
        brokerId: body.brokerId,
        assignedOn: factDay('assignedOn', body.assignedOn, today),
      }),
    );
    return caseResponse(stored, norm, today);
  }
}
