import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Actor, Clock, IdParam, Roles } from '@okr/service-kit';
import { aspirantResponse, AspirantResponse } from '../../http/aspirant.response';
import { WRITERS } from '../../http/roles';
import { SelectAspirantHandler } from './select-aspirant.handler';
import { SelectAspirantRequestDto } from './select-aspirant.request.dto';

@ApiTags('aspirants')
@Controller('aspirants')
export class SelectAspirantHttpController {
  constructor(
    private readonly handler: SelectAspirantHandler,
    private readonly clock: Clock,
  ) {}

  @Post(':id/selection')
  @HttpCode(201)
  @Roles(...WRITERS)
  @ApiOperation({
    summary:
      'Select an assessed aspirant into its cohort for an approach; publishes AspirantExpertSchoolSelected',
  })
  @ApiCreatedResponse({ type: AspirantResponse, description: 'The aspirant, now selected' })
  @ApiNotFoundResponse({ description: 'ASPIRANT.NOT_FOUND' })
  @ApiConflictResponse({ description: 'ASPIRANT.INVALID_TRANSITION; ASPIRANT.NOT_ASSESSED' })
  @ApiUnprocessableEntityResponse({
    description:
      'ASPIRANT.CRITERIA_NOT_MET: a criterion judged other than meets; ASPIRANT.LAB_INTERVENTION_MISMATCH; DAY.OUT_OF_ORDER',
  })
  async select(
    @Param() { id }: IdParam,
    @Body() body: SelectAspirantRequestDto,
    @Actor() actor: string,
  ): Promise<AspirantResponse> {
    const { labInterventionId, ...approach } = body.approach;
    return aspirantResponse(
      await this.handler.execute({
        aspirantId: id,
        selectedOn: body.selectedOn ?? this.clock.today(),
        schoolType: body.schoolType,
        approach: { ...approach, ...(labInterventionId !== undefined ? { labInterventionId } : {}) },
        actor,
      }),
    );
  }
}
