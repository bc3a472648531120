import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Actor, Clock, Roles } from '@okr/service-kit';
import { hubResponse, HubResponse } from '../../http/hub.response';
import { WRITERS } from '../../http/roles';
import { OpenHubHandler } from './open-hub.handler';
import { OpenHubRequestDto } from './open-hub.request.dto';

@ApiTags('hubs')
@Controller('hubs')
export class OpenHubHttpController {
  constructor(
    private readonly handler: OpenHubHandler,
    private readonly clock: Clock,
  ) {}

  @Post()
  @HttpCode(201)
  @Roles(...WRITERS)
  @ApiOperation({
    summary: "Open an expert school's hub for a school year; it is forming until four schools join",
  })
  @ApiCreatedResponse({ type: HubResponse })
  @ApiNotFoundResponse({ description: 'EXPERT_SCHOOL.NOT_FOUND: the school is no certified expert school' })
  @ApiConflictResponse({ description: 'HUB.ALREADY_EXISTS: one hub per expert school and school year' })
  @ApiUnprocessableEntityResponse({ description: 'DAY.OUT_OF_ORDER: before the certification' })
  async open(@Body() body: OpenHubRequestDto, @Actor() actor: string): Promise<HubResponse> {
    return hubResponse(
      await this.handler.execute({
        expertSchoolBrin: body.expertSchoolBrin,
        schoolYear: body.schoolYear,
        openedOn: body.openedOn ?? this.clock.today(),
        actor,
      }),
    );
  }
}
