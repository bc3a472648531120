import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles, Clock } from '@okr/service-kit';
import { AggregateStore } from '@okr/messaging';
import type { SubsidyApplicationState } from '../../domain/subsidy-application.entity';
import type { SubsidyRoundState } from '../../domain/subsidy-round.entity';
import { roundResponse, RoundResponse, undecidedAmountsByRound } from '../../http/round.response';
import { AGGREGATE_TYPES } from '../../infrastructure/enrolment.aggregates';
import { readablePageOf, type ReadablePage, showEach } from '../../http/readable-list';
import { ListSubsidyRoundsQueryDto } from './list-subsidy-rounds.query.dto';
import { readablePageResponseOf } from '../../http/readable-page.response';

@ApiTags('subsidy-rounds')
@Controller('subsidy-rounds')
export class ListSubsidyRoundsHttpController {
  constructor(
    private readonly store: AggregateStore,
    private readonly clock: Clock,
  ) {}

  @Get()
  @Roles('helpdesk', 'subsidy-officer', 'admin')
  @ApiOperation({ summary: 'The subsidy rounds, optionally of one school year, with their budgets' })
  @ApiOkResponse({
    type: readablePageResponseOf(RoundResponse),
    description: 'A page of rounds, the latest to open first; `unreadable` lists any that cannot be shown',
  })
  async list(@Query() query: ListSubsidyRoundsQueryDto): Promise<ReadablePage<RoundResponse>> {
    const schoolYear = query.schoolYear;
    const [rounds, undecided] = await Promise.all([
      this.store.list<SubsidyRoundState>(AGGREGATE_TYPES.round, schoolYear ? { schoolYear } : {}),
      // Summed once per change of any application rather than per request: rounds are few, applications many.
      this.store.view<SubsidyApplicationState, Map<string, number[]>>(
        AGGREGATE_TYPES.application,
        'undecided-by-round',
        undecidedAmountsByRound,
      ),
    ]);
    const now = this.clock.now();
    const { shown, unreadable } = showEach(rounds, (round) =>
      roundResponse(round, undecided.get(round.state.roundId) ?? [], now),
    );
    const items = shown.map(({ item }) => item);
    items.sort(
      (first, second) =>
        second.opensAt.localeCompare(first.opensAt) || first.roundId.localeCompare(second.roundId),
    );
    return readablePageOf(items, unreadable, query);
  }
}
