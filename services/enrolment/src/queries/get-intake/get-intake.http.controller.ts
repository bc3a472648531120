import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@okr/service-kit';
import { AggregateStore } from '@okr/messaging';
import { latestIntakeFor, type IntakeState } from '../../domain/intake.entity';
import { IntakeError } from '../../domain/intake.errors';
import { intakeResponse, IntakeResponse } from '../../http/intake.response';
import { streams } from '../../infrastructure/enrolment.aggregates';
import { GetIntakeParamsDto } from './get-intake.params.dto';

@ApiTags('intakes')
@Controller('schools')
export class GetIntakeHttpController {
  constructor(private readonly store: AggregateStore) {}

  @Get(':brin/intakes/:activity')
  @Roles('pillar-team:enrolment', 'helpdesk', 'subsidy-officer', 'admin')
  @ApiOperation({
    summary:
      'The intake that counts for a school and activity: the one held last (of two on one day, the no-fit)',
  })
  @ApiOkResponse({ type: IntakeResponse, description: 'The intake' })
  @ApiNotFoundResponse({ description: 'INTAKE.NOT_FOUND: no intake of this school for this activity' })
  async get(@Param() { brin, activity }: GetIntakeParamsDto): Promise<IntakeResponse> {
    // Every version of the stream is one intake. The one recorded last need not count: an intake held earlier
    // may be recorded late, so the domain chooses among all of them.
    const history = await this.store.history<IntakeState>(streams.intake(brin, activity));
    const counting = latestIntakeFor(
      history.map((commit) => ({ ...commit.state, commit })),
      brin,
      activity,
    );
    if (!counting) {
      throw new IntakeError('INTAKE.NOT_FOUND', `School ${brin} has had no intake for ${activity}`, {
        brin,
        activity,
      });
    }
    const { commit } = counting;
    return intakeResponse({
      stream: commit.stream,
      version: commit.version,
      state: commit.state,
      changedAt: commit.committedAt,
    });
  }
}
