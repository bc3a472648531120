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
import { regionalNetworkResponse, RegionalNetworkResponse } from '../../http/courses.response';
import { WRITERS } from '../../http/roles';
import { FormRegionalNetworkHandler } from './form-regional-network.handler';
import { FormRegionalNetworkRequestDto } from './form-regional-network.request.dto';

@ApiTags('regional networks')
@Controller('regional-networks')
export class FormRegionalNetworkHttpController {
  constructor(
    private readonly handler: FormRegionalNetworkHandler,
    private readonly clock: Clock,
  ) {}

  @Post()
  @HttpCode(201)
  @Roles(...WRITERS)
  @ApiOperation({
    summary:
      'Form the regional network of expert teachers and school leaders of a region; publishes RegionalNetworkFormed',
  })
  @ApiCreatedResponse({ type: RegionalNetworkResponse })
  @ApiNotFoundResponse({ description: 'EXPERT_SCHOOL.NOT_FOUND: a listed school is no expert school' })
  @ApiConflictResponse({ description: 'NETWORK.ALREADY_FORMED: the region has its network' })
  @ApiUnprocessableEntityResponse({ description: 'NETWORK.NO_MEMBERS' })
  async form(
    @Body() body: FormRegionalNetworkRequestDto,
    @Actor() actor: string,
  ): Promise<RegionalNetworkResponse> {
    return regionalNetworkResponse(
      await this.handler.execute({ ...body, formedOn: body.formedOn ?? this.clock.today(), actor }),
    );
  }
}
