import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AggregateStore } from '@okr/messaging';
import { IdParam, Roles } from '@okr/service-kit';
import type { AspirantState } from '../../domain/aspirant.entity';
import { aspirantResponse, AspirantResponse } from '../../http/aspirant.response';
import { READERS } from '../../http/roles';
import { streams } from '../../infrastructure/expert-schools.aggregates';

@ApiTags('aspirants')
@Controller('aspirants')
export class GetAspirantHttpController {
  constructor(private readonly store: AggregateStore) {}

  @Get(':id')
  @Roles(...READERS)
  @ApiOperation({
    summary: 'An aspirant: assessment, team, approach and where it stands in its training year',
  })
  @ApiOkResponse({ type: AspirantResponse })
  @ApiNotFoundResponse({ description: 'ASPIRANT.NOT_FOUND' })
  async get(@Param() { id }: IdParam): Promise<AspirantResponse> {
    return aspirantResponse(await this.store.require<AspirantState>(streams.aspirant(id)));
  }
}
