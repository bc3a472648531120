import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Actor, Clock, IdParam, Roles } from '@okr/service-kit';
import { LabDayResponse, labDayResponse } from '../../http/outputs.response';
import { HoldLabDayHandler } from './hold-lab-day.handler';
import { HoldLabDayRequestDto } from './hold-lab-day.request.dto';

@ApiTags('lab days')
@Controller('labs')
export class HoldLabDayHttpController {
  constructor(
    private readonly handler: HoldLabDayHandler,
    private readonly clock: Clock,
  ) {}

  @Post(':id/lab-days')
  @HttpCode(201)
  @Roles('pillar-team:labs', 'admin')
  @ApiOperation({ summary: 'Record a lab day and the lab schools that attended; publishes LabDayHeld' })
  @ApiCreatedResponse({ type: LabDayResponse })
  @ApiNotFoundResponse({ description: 'LAB.NOT_FOUND' })
  @ApiUnprocessableEntityResponse({ description: 'LAB_DAY.SCHOOL_NOT_ON_ROSTER, LAB.DATE_OUT_OF_ORDER' })
  async hold(
    @Param() { id }: IdParam,
    @Body() body: HoldLabDayRequestDto,
    @Actor() actor: string,
  ): Promise<LabDayResponse> {
    return labDayResponse(
      await this.handler.execute({
        labId: id,
        topic: body.topic,
        brins: body.brins,
        heldOn: body.heldOn ?? this.clock.today(),
        actor,
      }),
    );
  }
}
