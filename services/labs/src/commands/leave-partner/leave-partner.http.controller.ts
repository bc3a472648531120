import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Actor, Clock, Roles } from '@okr/service-kit';
import { LabResponse, labResponse } from '../../http/lab.response';
import { LeavePartnerHandler } from './leave-partner.handler';
import { LeavePartnerRequestDto, PartnerParams } from './leave-partner.request.dto';

@ApiTags('labs')
@Controller('labs')
export class LeavePartnerHttpController {
  constructor(
    private readonly handler: LeavePartnerHandler,
    private readonly clock: Clock,
  ) {}

  @Post(':id/partners/:partnerId/departure')
  @HttpCode(201)
  @Roles('pillar-team:labs', 'admin')
  @ApiOperation({ summary: 'A partner leaves the lab; an institute publishes TeacherTrainingInstituteLeft' })
  @ApiCreatedResponse({ type: LabResponse, description: 'The lab with its partners' })
  @ApiNotFoundResponse({ description: 'LAB.NOT_FOUND, LAB.PARTNER_NOT_FOUND' })
  @ApiConflictResponse({ description: 'LAB.PARTNER_ALREADY_LEFT' })
  @ApiUnprocessableEntityResponse({ description: 'LAB.DATE_OUT_OF_ORDER: before it joined' })
  async leave(
    @Param() { id, partnerId }: PartnerParams,
    @Body() body: LeavePartnerRequestDto,
    @Actor() actor: string,
  ): Promise<LabResponse> {
    const stored = await this.handler.execute({
      labId: id,
      partnerId,
      leftOn: body.leftOn ?? this.clock.today(),
      actor,
    });
    return labResponse(stored, this.clock.today());
  }
}
