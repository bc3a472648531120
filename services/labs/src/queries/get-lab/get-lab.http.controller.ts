import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AggregateStore } from '@okr/messaging';
import { Clock, IdParam, Roles } from '@okr/service-kit';
import type { LabState } from '../../domain/lab.entity';
import { LabResponse, labResponse } from '../../http/lab.response';
import { streams } from '../../infrastructure/labs.aggregates';

@ApiTags('labs')
@Controller('labs')
export class GetLabHttpController {
  constructor(
    private readonly store: AggregateStore,
    private readonly clock: Clock,
  ) {}

  @Get(':id')
  @Roles('pillar-team:labs', 'helpdesk', 'admin')
  @ApiOperation({
    summary: 'A lab: its phases against their plan as of today ("behind plan"), and its partners',
  })
  @ApiOkResponse({ type: LabResponse })
  @ApiNotFoundResponse({ description: 'LAB.NOT_FOUND' })
  async get(@Param() { id }: IdParam): Promise<LabResponse> {
    return labResponse(await this.store.require<LabState>(streams.lab(id)), this.clock.today());
  }
}
