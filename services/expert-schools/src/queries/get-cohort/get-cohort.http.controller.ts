import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { AggregateStore } from '@okr/messaging';
import { Roles } from '@okr/service-kit';
import type { AspirantState } from '../../domain/aspirant.entity';
import { cohortSpread } from '../../domain/cohort.rules';
import type { SchoolState } from '../../domain/school.entity';
import { aspirantResponse, AspirantResponse } from '../../http/aspirant.response';
import { READERS } from '../../http/roles';
import { SchoolYearParam } from '../../http/school-year.param';
import { AGGREGATE_TYPES } from '../../infrastructure/expert-schools.aggregates';
import { ExpertSchoolsDirectory } from '../../infrastructure/expert-schools.directory';

const TALLY = { type: 'object', additionalProperties: { type: 'integer' } } as const;

export class CohortSpreadResponse {
  @ApiProperty({ description: 'aspirants in the cohort (withdrawn ones left out)' }) aspirants!: number;
  @ApiProperty(TALLY) byStatus!: Record<string, number>;
  @ApiProperty(TALLY) bySector!: Record<string, number>;
  @ApiProperty({ ...TALLY, description: "by school type; 'unknown' until selected" }) bySchoolType!: Record<
    string,
    number
  >;
  @ApiProperty({ ...TALLY, description: "by province; 'unknown' when the help desk did not register one" })
  byRegion!: Record<string, number>;
  @ApiProperty({ ...TALLY, description: 'by pillar of effective teaching of the approach (P1-P7)' })
  byPillar!: Record<string, number>;
  @ApiProperty(TALLY) byApproachOrigin!: Record<string, number>;
  @ApiProperty({ ...TALLY, description: 'aspirants meeting each equal-access criterion at enrolment' })
  byEqualAccess!: Record<string, number>;
  @ApiProperty({ ...TALLY, description: 'by school board (bevoegd gezag) number' })
  byBoard!: Record<string, number>;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'the highest school weight (schoolgewicht) known',
  })
  highestSchoolWeight!: number | null;
}

export class CohortResponse {
  @ApiProperty({ example: '2024-2025' }) schoolYear!: string;
  @ApiProperty({ type: CohortSpreadResponse }) spread!: CohortSpreadResponse;
  @ApiProperty({ type: [AspirantResponse] }) aspirants!: AspirantResponse[];
}

@ApiTags('aspirants')
@Controller('cohorts')
export class GetCohortHttpController {
  constructor(
    private readonly store: AggregateStore,
    private readonly directory: ExpertSchoolsDirectory,
  ) {}

  @Get(':schoolYear')
  @Roles(...READERS)
  @ApiOperation({
    summary:
      'A cohort of aspirants and its spread over sector, school type, region, approach and equal access (001 §3.5 asks for a diverse cohort)',
  })
  @ApiOkResponse({ type: CohortResponse })
  async get(@Param() { schoolYear }: SchoolYearParam): Promise<CohortResponse> {
    const stored = (await this.store.list<AspirantState>(AGGREGATE_TYPES.aspirant, { schoolYear })).sort(
      (a, b) => a.state.brin.localeCompare(b.state.brin),
    );
    const aspirants = stored.map(({ state }) => state);
    const schools = new Map<string, SchoolState | undefined>();
    for (const { brin } of aspirants) schools.set(brin, await this.directory.school(brin));
    return {
      schoolYear,
      spread: cohortSpread(aspirants, (brin) => schools.get(brin)),
      aspirants: stored.map(aspirantResponse),
    };
  }
}
