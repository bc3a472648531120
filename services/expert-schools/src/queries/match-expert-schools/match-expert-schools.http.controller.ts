import { Controller, Get, Param } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiTags,
} from '@nestjs/swagger';
import { AggregateStore } from '@okr/messaging';
import { IdParam, Roles } from '@okr/service-kit';
import { activeDevelopmentSchool, type DevelopmentSchoolState } from '../../domain/development-school.entity';
import { ExpertSchoolsError } from '../../domain/expert-schools.errors';
import { rankExpertSchools, type MatchCandidate } from '../../domain/matching.rules';
import { READERS } from '../../http/roles';
import { streams } from '../../infrastructure/expert-schools.aggregates';
import { ExpertSchoolsDirectory } from '../../infrastructure/expert-schools.directory';

export class MatchReasonResponse {
  @ApiProperty({
    enum: [
      'same-pillar-code',
      'same-pillar',
      'same-theme',
      'same-sector',
      'other-sector',
      'same-region',
      'hub-full',
    ],
  })
  code!: string;
  @ApiProperty({ description: 'what the reason adds to the score' }) points!: number;
  @ApiProperty({ type: [String], description: 'what matched: codes, themes, the sector or region' })
  about!: string[];
}

export class MatchResponse {
  @ApiProperty() rank!: number;
  @ApiProperty({ example: '12AB' }) brin!: string;
  @ApiProperty() score!: number;
  @ApiProperty({ description: 'false when its hub of the school year has six development schools' })
  hasRoom!: boolean;
  @ApiProperty({ type: [MatchReasonResponse] }) reasons!: MatchReasonResponse[];
}

@ApiTags('development schools')
@Controller('development-schools')
export class MatchExpertSchoolsHttpController {
  constructor(
    private readonly store: AggregateStore,
    private readonly directory: ExpertSchoolsDirectory,
  ) {}

  @Get(':id/matches')
  @Roles(...READERS)
  @ApiOperation({
    summary:
      "The expert schools ranked by fit with a development school's improvement question, sector and region, each with the reasons for its place",
  })
  @ApiOkResponse({ type: [MatchResponse] })
  @ApiNotFoundResponse({ description: 'DEVELOPMENT_SCHOOL.NOT_FOUND' })
  @ApiConflictResponse({
    description: 'DEVELOPMENT_SCHOOL.NO_IMPROVEMENT_QUESTION; DEVELOPMENT_SCHOOL.WITHDRAWN',
  })
  async match(@Param() { id }: IdParam): Promise<MatchResponse[]> {
    const school = activeDevelopmentSchool(
      (await this.store.require<DevelopmentSchoolState>(streams.developmentSchool(id))).state,
    );
    const question = school.improvementQuestion;
    if (!question) {
      throw new ExpertSchoolsError(
        'DEVELOPMENT_SCHOOL.NO_IMPROVEMENT_QUESTION',
        'Record the improvement question before matching',
      );
    }
    const hubs = await this.directory.hubsOf(school.schoolYear);
    const candidates = (await this.directory.expertSchools()).flatMap((expert): MatchCandidate[] => {
      const approach = expert.selection?.approach;
      if (!approach) return [];
      const region = expert.selection?.region;
      return [
        {
          brin: expert.brin,
          sector: expert.sector,
          ...(region !== undefined ? { region } : {}),
          themes: approach.themes,
          pillarCodes: approach.pillarCodes,
          hubMembers: hubs.find((hub) => hub.expertSchool.brin === expert.brin)?.members.length ?? 0,
        },
      ];
    });
    const region = (await this.directory.school(school.brin))?.region;
    return rankExpertSchools(
      { sector: school.sector, ...(region !== undefined ? { region } : {}), ...question },
      candidates,
    ).map((match) => ({
      ...match,
      reasons: match.reasons.map((reason) => ({ ...reason, about: [...reason.about] })),
    }));
  }
}
