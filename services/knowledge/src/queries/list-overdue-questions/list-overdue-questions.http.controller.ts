import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AggregateStore } from '@okr/messaging';
import { Clock, type Page, pageOf, Roles, SERVICE_CONFIG } from '@okr/service-kit';
import type { KnowledgeConfig } from '../../config/knowledge.config';
import type { CaseState } from '../../domain/kennisrotonde-case.entity';
import { overdueCases } from '../../domain/kennisrotonde-queue.rules';
import { caseResponse, type CaseResponse, serviceNormOf } from '../../http/case.response';
import { READERS } from '../../http/roles';
import { AGGREGATE_TYPES } from '../../infrastructure/knowledge.aggregates';
import { ListOverdueQuestionsQueryDto } from './list-overdue-questions.query.dto';

@ApiTags('kennisrotonde')
@Controller('kennisrotonde')
export class ListOverdueQuestionsHttpController {
  constructor(
    private readonly store: AggregateStore,
    @Inject(SERVICE_CONFIG) private readonly config: KnowledgeConfig,
    private readonly clock: Clock,
  ) {}

  @Get('overdue')
  @Roles(...READERS)
  @ApiOperation({
    summary:
      'Open questions past the service norm (KENNISROTONDE_NORM_WORKING_DAYS working days), longest overdue first',
  })
  @ApiOkResponse({ description: 'A page of overdue questions' })
  async list(@Query() query: ListOverdueQuestionsQueryDto): Promise<Page<CaseResponse>> {
    const today = query.today ?? this.clock.today();
    const norm = serviceNormOf(this.config);
    const cases = await this.store.list<CaseState>(AGGREGATE_TYPES.case);
    const overdue = overdueCases(
      cases.map((stored) => ({ ...stored.state, stored })),
      today,
      norm,
    );
    return pageOf(
      overdue.map(({ stored }) => caseResponse(stored, norm, today)),
      query,
    );
  }
}
