import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { AggregateStore } from '@okr/messaging';
import { Roles } from '@okr/service-kit';
import type { CaseState } from '../../domain/kennisrotonde-case.entity';
import { answeredCounts } from '../../domain/kennisrotonde-queue.rules';
import { READERS } from '../../http/roles';
import { AGGREGATE_TYPES } from '../../infrastructure/knowledge.aggregates';

class YearCounts {
  @ApiProperty({ example: '2024' })
  year!: string;

  @ApiProperty()
  answered!: number;

  @ApiProperty({ description: 'answered questions from schools that take part in the programme' })
  extraFromParticipatingSchools!: number;
}

export class AnsweredCountsResponse {
  @ApiProperty()
  answered!: number;

  @ApiProperty()
  extraFromParticipatingSchools!: number;

  @ApiProperty({ type: [YearCounts], description: 'per calendar year of the answer' })
  byYear!: YearCounts[];
}

@ApiTags('kennisrotonde')
@Controller('kennisrotonde')
export class GetAnsweredCountsHttpController {
  constructor(private readonly store: AggregateStore) {}

  @Get('counts')
  @Roles(...READERS)
  @ApiOperation({
    summary:
      'Questions answered, and the extra ones from participating schools, per calendar year (the seed expects 10 in ' +
      '2023, 20 in 2024, 30 in 2025, 40 to August 2026)',
  })
  @ApiOkResponse({ type: AnsweredCountsResponse })
  async counts(): Promise<AnsweredCountsResponse> {
    const cases = await this.store.list<CaseState>(AGGREGATE_TYPES.case);
    const counts = answeredCounts(cases.map((stored) => stored.state));
    return { ...counts, byYear: counts.byYear.map((year) => ({ ...year })) };
  }
}
