import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsSchoolYear } from '@okr/contracts';
import { AggregateStore } from '@okr/messaging';
import { Roles } from '@okr/service-kit';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { findCandidates, MEASURES, type SchoolFigures } from '../../domain/candidate-finder.rules';
import { currentResults, type ResultsImportState } from '../../domain/results-import.entity';
import { READERS } from '../../http/roles';
import { AGGREGATE_TYPES } from '../../infrastructure/expert-schools.aggregates';
import { ExpertSchoolsDirectory, type PillarRole } from '../../infrastructure/expert-schools.directory';

export class FindCandidatesQueryDto {
  @ApiProperty({ example: '5', description: 'the school group to look within' })
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  schoolGroup!: string;

  @ApiProperty({ example: '2023-2024', description: 'the last of the three school years looked at' })
  @IsSchoolYear()
  lastSchoolYear!: string;
}

export class GroupFiguresResponse {
  @ApiProperty({ description: 'schools with data for at least two of the three years' }) schools!: number;
  @ApiProperty({ nullable: true, type: Number }) mean!: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'population standard deviation' })
  standardDeviation!: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'mean + standard deviation' }) threshold!:
    number | null;
}

export class GroupResponse {
  @ApiProperty({ type: GroupFiguresResponse }) meanTestScore!: GroupFiguresResponse;
  @ApiProperty({ type: GroupFiguresResponse }) havoVwoShare!: GroupFiguresResponse;
}

export class SchoolFiguresResponse {
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number' },
    description: 'the value per school year',
  })
  values!: Record<string, number>;
  @ApiProperty() yearsWithData!: number;
  @ApiProperty({ nullable: true, type: Number }) average!: number | null;
  @ApiProperty() yearsBelowGroupMean!: number;
  @ApiProperty() qualifies!: boolean;
  @ApiPropertyOptional({ enum: ['too-few-years', 'not-above-threshold', 'unstable'] })
  notBecause?: SchoolFigures['notBecause'];
}

export class SchoolMeasuresResponse {
  @ApiProperty({ type: SchoolFiguresResponse }) meanTestScore!: SchoolFiguresResponse;
  @ApiProperty({ type: SchoolFiguresResponse }) havoVwoShare!: SchoolFiguresResponse;
}

export class CandidateSchoolResponse {
  @ApiProperty({ example: '12AB' }) brin!: string;
  @ApiProperty() candidate!: boolean;
  @ApiProperty({ enum: MEASURES, isArray: true }) qualifiesOn!: string[];
  @ApiProperty({
    enum: ['aspirant', 'expert-school', 'development-school'],
    isArray: true,
    description: 'how the school already takes part in the pillar; empty when it does not',
  })
  participatesAs!: PillarRole[];
  @ApiProperty({ type: SchoolMeasuresResponse }) measures!: SchoolMeasuresResponse;
}

export class CandidatesResponse {
  @ApiProperty({ example: '5' }) schoolGroup!: string;
  @ApiProperty({ type: [String], example: ['2021-2022', '2022-2023', '2023-2024'] }) schoolYears!: string[];
  @ApiProperty({ type: GroupResponse }) group!: GroupResponse;
  @ApiProperty({
    type: [CandidateSchoolResponse],
    description: 'every school of the group, candidates first',
  })
  schools!: CandidateSchoolResponse[];
}

@ApiTags('candidate finder')
@Controller('candidates')
export class FindCandidatesHttpController {
  constructor(
    private readonly store: AggregateStore,
    private readonly directory: ExpertSchoolsDirectory,
  ) {}

  @Get()
  @Roles(...READERS)
  @ApiOperation({
    summary:
      'Candidate expert schools by the rule of seed 002: within a school group, at least one SD above the mean on the test score and/or the havo/vwo share, data for two of the last three years, at most one year below the mean',
  })
  @ApiOkResponse({ type: CandidatesResponse })
  async find(@Query() query: FindCandidatesQueryDto): Promise<CandidatesResponse> {
    const imports = (await this.store.list<ResultsImportState>(AGGREGATE_TYPES.results)).map(
      ({ state }) => state,
    );
    const outcome = findCandidates(currentResults(imports), query);
    const participants = await this.directory.participants();
    return {
      schoolGroup: outcome.schoolGroup,
      schoolYears: [...outcome.schoolYears],
      group: outcome.group,
      schools: outcome.schools.map((school) => ({
        brin: school.brin,
        candidate: school.candidate,
        qualifiesOn: [...school.qualifiesOn],
        participatesAs: participants.get(school.brin) ?? [],
        measures: {
          meanTestScore: {
            ...school.measures.meanTestScore,
            values: { ...school.measures.meanTestScore.values },
          },
          havoVwoShare: {
            ...school.measures.havoVwoShare,
            values: { ...school.measures.havoVwoShare.values },
          },
        },
      })),
    };
  }
}
