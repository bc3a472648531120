import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AggregateStore } from '@okr/messaging';
import { Clock, IdParam, Roles, SERVICE_CONFIG } from '@okr/service-kit';
import type { KnowledgeConfig } from '../../config/knowledge.config';
import type { CaseState } from '../../domain/kennisrotonde-case.entity';
import { caseResponse, CaseResponse, serviceNormOf } from '../../http/case.response';
import { READERS } from '../../http/roles';
import { streams } from '../../infrastructure/knowledge.aggregates';

@ApiTags('kennisrotonde')
@Controller('kennisrotonde/questions')
export class GetQuestionHttpController {
  constructor(
    private readonly store: AggregateStore,
    @Inject(SERVICE_CONFIG) private readonly config: KnowledgeConfig,
    private readonly clock: Clock,
  ) {}

  @Get(':id')
  @Roles(...READERS)
  @ApiOperation({ summary: 'A Kennisrotonde question with its asker, answer and standing against the norm' })
  @ApiOkResponse({ type: CaseResponse })
  @ApiNotFoundResponse({ description: 'CASE.NOT_FOUND' })
  async get(@Param() { id }: IdParam): Promise<CaseResponse> {
    const stored = await this.store.require<CaseState>(streams.case(id));
    return caseResponse(stored, serviceNormOf(this.config), this.clock.today());
  }
}
