import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles, IdParam, Clock } from '@okr/service-kit';
import { AggregateStore } from '@okr/messaging';
import type { SubsidyApplicationState } from '../../domain/subsidy-application.entity';
import type { SubsidyRoundState } from '../../domain/subsidy-round.entity';
import { roundResponse, RoundResponse, undecidedAmountsByRound } from '../../http/round.response';
import { AGGREGATE_TYPES, streams } from '../../infrastructure/enrolment.aggregates';

@ApiTags('subsidy-rounds')
@Controller('subsidy-rounds')
export class GetSubsidyRoundHttpController {
  constructor(
    private readonly store: AggregateStore,
    private readonly clock: Clock,
  ) {}

  @Get(':id')
  @Roles('helpdesk', 'subsidy-officer', 'admin')
  @ApiOperation({
    summary: 'A subsidy round and its budget: granted, left, and asked by applications still undecided',
  })
  @ApiOkResponse({ type: RoundResponse, description: 'The round' })
  @ApiNotFoundResponse({ description: 'ROUND.NOT_FOUND' })
  async get(@Param() { id }: IdParam): Promise<RoundResponse> {
    const [round, applications] = await Promise.all([
      this.store.require<SubsidyRoundState>(streams.round(id)),
      this.store.list<SubsidyApplicationState>(AGGREGATE_TYPES.application, { roundId: id }),
    ]);
    return roundResponse(round, undecidedAmountsByRound(applications).get(id) ?? [], this.clock.now());
  }
}
