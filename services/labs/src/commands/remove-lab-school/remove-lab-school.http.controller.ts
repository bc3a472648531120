import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Actor, Clock, Roles } from '@okr/service-kit';
import { LabSchoolResponse, labSchoolResponse } from '../../http/lab-school.response';
import { RemoveLabSchoolHandler } from './remove-lab-school.handler';
import { LabSchoolParams, RemoveLabSchoolRequestDto } from './remove-lab-school.request.dto';

@ApiTags('lab schools')
@Controller('labs')
export class RemoveLabSchoolHttpController {
  constructor(
    private readonly handler: RemoveLabSchoolHandler,
    private readonly clock: Clock,
  ) {}

  @Post(':id/schools/:brin/departure')
  @HttpCode(201)
  @Roles('pillar-team:labs', 'admin')
  @ApiOperation({
    summary: "The lab team takes a school off the lab's roster; publishes LabSchoolLeft per school year",
  })
  @ApiCreatedResponse({ type: [LabSchoolResponse], description: 'The memberships that ended' })
  @ApiNotFoundResponse({ description: 'LAB.NOT_FOUND, ROSTER.SCHOOL_NOT_ON_ROSTER' })
  @ApiUnprocessableEntityResponse({ description: 'ROSTER.DATE_OUT_OF_ORDER: before it joined' })
  async remove(
    @Param() { id, brin }: LabSchoolParams,
    @Body() body: RemoveLabSchoolRequestDto,
    @Actor() actor: string,
  ): Promise<LabSchoolResponse[]> {
    const leftOn = body.leftOn ?? this.clock.today();
    const { roster, schoolYears } = await this.handler.execute({
      labId: id,
      brin,
      ...(body.schoolYear !== undefined ? { schoolYear: body.schoolYear } : {}),
      leftOn,
      actor,
    });
    return roster.state.memberships
      .filter(
        (membership) =>
          membership.brin === brin &&
          membership.leftOn === leftOn &&
          schoolYears.includes(membership.schoolYear),
      )
      .map(labSchoolResponse);
  }
}
