import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiCreatedResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Roles, Actor, Clock } from '@okr/service-kit';
import { roundResponse, RoundResponse } from '../../http/round.response';
import { OpenSubsidyRoundHandler } from './open-subsidy-round.handler';
import { openRoundCommand, OpenSubsidyRoundRequestDto } from './open-subsidy-round.request.dto';

@ApiTags('subsidy-rounds')
@Controller('subsidy-rounds')
export class OpenSubsidyRoundHttpController {
  constructor(
    private readonly handler: OpenSubsidyRoundHandler,
    private readonly clock: Clock,
  ) {}

  @Post()
  @HttpCode(201)
  @Roles('admin')
  @ApiOperation({ summary: 'Open a subsidy round for a school year; publishes SubsidyRoundOpened' })
  @ApiCreatedResponse({ type: RoundResponse, description: 'The round, with its untouched budget' })
  @ApiBadRequestResponse({ description: 'REQUEST.VALIDATION_FAILED: a field is missing or malformed' })
  @ApiUnprocessableEntityResponse({
    description:
      'ROUND.INVALID_PERIOD: it closes before it opens; ROUND.INVALID_ACTIVITY_AMOUNTS: an activity twice',
  })
  async open(@Body() body: OpenSubsidyRoundRequestDto, @Actor() actor: string): Promise<RoundResponse> {
    const stored = await this.handler.execute({ ...openRoundCommand(body), actor });
    // A round just opened has no applications yet.
    return roundResponse(stored, [], this.clock.now());
  }
}
