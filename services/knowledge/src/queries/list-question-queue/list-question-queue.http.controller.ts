import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AggregateStore } from '@okr/messaging';
import { Clock, type Page, PageQuery, pageOf, Roles, SERVICE_CONFIG } from '@okr/service-kit';
import type { KnowledgeConfig } from '../../config/knowledge.config';
import type { CaseState } from '../../domain/kennisrotonde-case.entity';
import { queueOf } from '../../domain/kennisrotonde-queue.rules';
import { caseResponse, type CaseResponse, serviceNormOf } from '../../http/case.response';
import { READERS } from '../../http/roles';
import { AGGREGATE_TYPES } from '../../infrastructure/knowledge.aggregates';

@ApiTags('kennisrotonde')
@Controller('kennisrotonde')
export class ListQuestionQueueHttpController {
  constructor(
    private readonly store: AggregateStore,
    @Inject(SERVICE_CONFIG) private readonly config: KnowledgeConfig,
    private readonly clock: Clock,
  ) {}

  @Get('queue')
  @Roles(...READERS)
  @ApiOperation({
    summary:
      'The open questions in the order brokers take them: those of participating schools first, then oldest first',
  })
  @ApiOkResponse({ description: 'A page of open questions' })
  async list(@Query() query: PageQuery): Promise<Page<CaseResponse>> {
    const today = this.clock.today();
    const norm = serviceNormOf(this.config);
    const cases = await this.store.list<CaseState>(AGGREGATE_TYPES.case);
    const queue = queueOf(cases.map((stored) => ({ ...stored.state, stored })));
    return pageOf(
      queue.map(({ stored }) => caseResponse(stored, norm, today)),
      query,
    );
  }
}
