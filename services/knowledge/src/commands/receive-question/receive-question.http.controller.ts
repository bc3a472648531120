import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, Clock, Roles, SERVICE_CONFIG } from '@okr/service-kit';
import type { KnowledgeConfig } from '../../config/knowledge.config';
import { caseResponse, CaseResponse, serviceNormOf } from '../../http/case.response';
import { factDay } from '../../http/fact-days';
import { WRITERS } from '../../http/roles';
import { ReceiveQuestionHandler } from './receive-question.handler';
import { ReceiveQuestionRequestDto } from './receive-question.request.dto';

@ApiTags('kennisrotonde')
@Controller('kennisrotonde/questions')
export class ReceiveQuestionHttpController {
  constructor(
    private readonly handler: ReceiveQuestionHandler,
    @Inject(SERVICE_CONFIG) private readonly config: KnowledgeConfig,
    private readonly clock: Clock,
  ) {}

  @Post()
  @HttpCode(201)
  @Roles(...WRITERS)
  @ApiOperation({
    summary:
      'Record a question to the Kennisrotonde; a school that takes part in the programme gets priority. Publishes ' +
      "KennisrotondeQuestionReceived (without the asker's name, e-mail or the question)",
  })
  @ApiCreatedResponse({ type: CaseResponse })
  @ApiBadRequestResponse({ description: 'REQUEST.VALIDATION_FAILED, with the failing fields' })
  async receive(@Body() body: ReceiveQuestionRequestDto, @Actor() actor: string): Promise<CaseResponse> {
    const today = this.clock.today();
    if (body.receivedAt !== undefined) factDay('receivedAt', body.receivedAt, today);
    const stored = await this.handler.execute({
      asker: { name: body.asker.name, email: body.asker.email, role: body.asker.role },
      ...(body.brin !== undefined ? { brin: body.brin } : {}),
      question: body.question,
      receivedAt: body.receivedAt !== undefined ? new Date(body.receivedAt) : this.clock.now(),
      actor,
    });
    return caseResponse(stored, serviceNormOf(this.config), today);
  }
}
