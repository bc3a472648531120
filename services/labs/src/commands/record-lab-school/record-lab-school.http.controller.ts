import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { schoolYearOf } from '@okr/contracts';
import { Actor, Clock, IdParam, Roles } from '@okr/service-kit';
import { LabSchoolResponse, labSchoolResponse } from '../../http/lab-school.response';
import { RecordLabSchoolHandler } from './record-lab-school.handler';
import { RecordLabSchoolRequestDto } from './record-lab-school.request.dto';

@ApiTags('lab schools')
@Controller('labs')
export class RecordLabSchoolHttpController {
  constructor(
    private readonly handler: RecordLabSchoolHandler,
    private readonly clock: Clock,
  ) {}

  @Post(':id/schools')
  @HttpCode(201)
  @Roles('pillar-team:labs', 'admin')
  @ApiOperation({
    summary:
      "The lab team puts a school on the lab's roster directly, for a school year; publishes LabSchoolJoined",
  })
  @ApiCreatedResponse({ type: LabSchoolResponse, description: "The school's place on the roster" })
  @ApiNotFoundResponse({ description: 'LAB.NOT_FOUND' })
  @ApiConflictResponse({
    description: 'ROSTER.SCHOOL_ALREADY_ON_ROSTER: on the roster for that school year already',
  })
  async record(
    @Param() { id }: IdParam,
    @Body() body: RecordLabSchoolRequestDto,
    @Actor() actor: string,
  ): Promise<LabSchoolResponse> {
    const joinedOn = body.joinedOn ?? this.clock.today();
    const schoolYear = body.schoolYear ?? schoolYearOf(joinedOn);
    const { state } = await this.handler.execute({
      labId: id,
      brin: body.brin,
      role: body.role,
      sector: body.sector,
      schoolYear,
      joinedOn,
      actor,
    });
    // The membership just added is the last of the school's for that year (an earlier one may have ended).
    const membership = [...state.memberships]
      .reverse()
      .find((candidate) => candidate.brin === body.brin && candidate.schoolYear === schoolYear);
    if (!membership) throw new Error(`school ${body.brin} missing from the roster it was just put on`);
    return labSchoolResponse(membership);
  }
}
