import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, Clock, Roles } from '@okr/service-kit';
import { LabResponse, labResponse } from '../../http/lab.response';
import { StartLabHandler } from './start-lab.handler';
import { StartLabRequestDto } from './start-lab.request.dto';

@ApiTags('labs')
@Controller('labs')
export class StartLabHttpController {
  constructor(
    private readonly handler: StartLabHandler,
    private readonly clock: Clock,
  ) {}

  @Post()
  @HttpCode(201)
  @Roles('pillar-team:labs', 'admin')
  @ApiOperation({ summary: 'Start a lab in its pilot phase; publishes LabStarted and LabPhaseEntered' })
  @ApiCreatedResponse({ type: LabResponse, description: 'The lab, its phases planned' })
  @ApiConflictResponse({ description: 'LAB.ALREADY_STARTED: a lab with this code started already' })
  async start(@Body() body: StartLabRequestDto, @Actor() actor: string): Promise<LabResponse> {
    const stored = await this.handler.execute({
      ...body,
      startedOn: body.startedOn ?? this.clock.today(),
      actor,
    });
    return labResponse(stored, this.clock.today());
  }
}
