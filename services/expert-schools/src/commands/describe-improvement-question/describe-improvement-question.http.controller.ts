import { Body, Controller, Param, Put } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Actor, IdParam, Roles } from '@okr/service-kit';
import { developmentSchoolResponse, DevelopmentSchoolResponse } from '../../http/development-school.response';
import { WRITERS } from '../../http/roles';
import { ExpertSchoolsDirectory } from '../../infrastructure/expert-schools.directory';
import { DescribeImprovementQuestionHandler } from './describe-improvement-question.handler';
import { DescribeImprovementQuestionRequestDto } from './describe-improvement-question.request.dto';

@ApiTags('development schools')
@Controller('development-schools')
export class DescribeImprovementQuestionHttpController {
  constructor(
    private readonly handler: DescribeImprovementQuestionHandler,
    private readonly directory: ExpertSchoolsDirectory,
  ) {}

  @Put(':id/improvement-question')
  @Roles(...WRITERS)
  @ApiOperation({ summary: "Record a development school's improvement question: themes and pillar codes" })
  @ApiOkResponse({ type: DevelopmentSchoolResponse })
  @ApiNotFoundResponse({ description: 'DEVELOPMENT_SCHOOL.NOT_FOUND' })
  @ApiConflictResponse({ description: 'DEVELOPMENT_SCHOOL.WITHDRAWN' })
  async describe(
    @Param() { id }: IdParam,
    @Body() body: DescribeImprovementQuestionRequestDto,
    @Actor() actor: string,
  ): Promise<DevelopmentSchoolResponse> {
    const school = await this.handler.execute({ developmentSchoolId: id, ...body, actor });
    return developmentSchoolResponse(school, await this.directory.hubsOf(school.state.schoolYear));
  }
}
