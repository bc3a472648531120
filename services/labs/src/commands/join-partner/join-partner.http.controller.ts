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
import { LabResponse, labResponse } from '../../http/lab.response';
import { JoinPartnerHandler } from './join-partner.handler';
import { JoinPartnerRequestDto } from './join-partner.request.dto';

@ApiTags('labs')
@Controller('labs')
export class JoinPartnerHttpController {
  constructor(
    private readonly handler: JoinPartnerHandler,
    private readonly clock: Clock,
  ) {}

  @Post(':id/partners')
  @HttpCode(201)
  @Roles('pillar-team:labs', 'admin')
  @ApiOperation({
    summary:
      'A teacher-training institute or other partner joins the lab; an institute publishes TeacherTrainingInstituteJoined',
  })
  @ApiCreatedResponse({ type: LabResponse, description: 'The lab with its partners' })
  @ApiNotFoundResponse({ description: 'LAB.NOT_FOUND' })
  @ApiConflictResponse({ description: 'LAB.PARTNER_ALREADY_JOINED' })
  @ApiUnprocessableEntityResponse({ description: 'LAB.DATE_OUT_OF_ORDER: joining again before it left' })
  async join(
    @Param() { id }: IdParam,
    @Body() body: JoinPartnerRequestDto,
    @Actor() actor: string,
  ): Promise<LabResponse> {
    const stored = await this.handler.execute({
      labId: id,
      kind: body.kind,
      name: body.name,
      joinedOn: body.joinedOn ?? this.clock.today(),
      actor,
    });
    return labResponse(stored, this.clock.today());
  }
}
