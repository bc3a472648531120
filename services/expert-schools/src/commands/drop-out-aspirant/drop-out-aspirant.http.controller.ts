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
import { DropOutAspirantHandler } from './drop-out-aspirant.handler';
import { DropOutAspirantRequestDto } from './drop-out-aspirant.request.dto';

@ApiTags('aspirants')
@Controller('aspirants')
export class DropOutAspirantHttpController {
  constructor(
    private readonly handler: DropOutAspirantHandler,
    private readonly clock: Clock,
  ) {}

  @Post(':id/drop-out')
  @HttpCode(201)
  @Roles(...WRITERS)
  @ApiOperation({
    summary:
      'A selected aspirant leaves the training year uncertified; publishes AspirantExpertSchoolDroppedOut',
  })
  @ApiCreatedResponse({ type: AspirantResponse, description: 'The aspirant, now dropped out' })
  @ApiNotFoundResponse({ description: 'ASPIRANT.NOT_FOUND' })
  @ApiConflictResponse({
    description: 'ASPIRANT.INVALID_TRANSITION: not selected, or certified or dropped out',
  })
  @ApiUnprocessableEntityResponse({ description: 'DAY.OUT_OF_ORDER: before the selection' })
  async dropOut(
    @Param() { id }: IdParam,
    @Body() body: DropOutAspirantRequestDto,
    @Actor() actor: string,
  ): Promise<AspirantResponse> {
    return aspirantResponse(
      await this.handler.execute({
        aspirantId: id,
        droppedOutOn: body.droppedOutOn ?? this.clock.today(),
        reasonCode: body.reasonCode,
        ...(body.notes !== undefined ? { notes: body.notes } : {}),
        actor,
      }),
    );
  }
}
