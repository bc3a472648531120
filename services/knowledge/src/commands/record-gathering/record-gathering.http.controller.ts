import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, Clock, Roles } from '@okr/service-kit';
import { factDay } from '../../http/fact-days';
import { GatheringResponse } from '../../http/gathering.response';
import { WRITERS } from '../../http/roles';
import { RecordGatheringHandler } from './record-gathering.handler';
import { RecordGatheringRequestDto } from './record-gathering.request.dto';

@ApiTags('gatherings')
@Controller('gatherings')
export class RecordGatheringHttpController {
  constructor(
    private readonly handler: RecordGatheringHandler,
    private readonly clock: Clock,
  ) {}

  @Post()
  @HttpCode(201)
  @Roles(...WRITERS)
  @ApiOperation({
    summary: 'Record a national congress, webinar or network meeting that was held; publishes CongressHeld',
  })
  @ApiCreatedResponse({ type: GatheringResponse })
  @ApiBadRequestResponse({ description: 'REQUEST.VALIDATION_FAILED, e.g. a day after today' })
  async record(@Body() body: RecordGatheringRequestDto, @Actor() actor: string): Promise<GatheringResponse> {
    const stored = await this.handler.execute(
      {
        kind: body.kind,
        title: body.title,
        heldOn: factDay('heldOn', body.heldOn, this.clock.today()),
        attendees: body.attendees,
        ...(body.averageRating !== undefined ? { averageRating: body.averageRating } : {}),
        themes: [...body.themes],
      },
      actor,
    );
    return { ...stored.state, themes: [...stored.state.themes] };
  }
}
