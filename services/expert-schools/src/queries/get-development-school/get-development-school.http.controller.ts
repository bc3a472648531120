import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AggregateStore } from '@okr/messaging';
import { IdParam, Roles } from '@okr/service-kit';
import type { DevelopmentSchoolState } from '../../domain/development-school.entity';
import { developmentSchoolResponse, DevelopmentSchoolResponse } from '../../http/development-school.response';
import { READERS } from '../../http/roles';
import { streams } from '../../infrastructure/expert-schools.aggregates';
import { ExpertSchoolsDirectory } from '../../infrastructure/expert-schools.directory';

@ApiTags('development schools')
@Controller('development-schools')
export class GetDevelopmentSchoolHttpController {
  constructor(
    private readonly store: AggregateStore,
    private readonly directory: ExpertSchoolsDirectory,
  ) {}

  @Get(':id')
  @Roles(...READERS)
  @ApiOperation({ summary: 'A development school: its improvement question, hub and learning track' })
  @ApiOkResponse({ type: DevelopmentSchoolResponse })
  @ApiNotFoundResponse({ description: 'DEVELOPMENT_SCHOOL.NOT_FOUND' })
  async get(@Param() { id }: IdParam): Promise<DevelopmentSchoolResponse> {
    const school = await this.store.require<DevelopmentSchoolState>(streams.developmentSchool(id));
    return developmentSchoolResponse(school, await this.directory.hubsOf(school.state.schoolYear));
  }
}
