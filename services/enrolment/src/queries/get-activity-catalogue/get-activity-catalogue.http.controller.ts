import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@okr/service-kit';
import {
  ActivityCatalogueReader,
  type ActivityCatalogueResponse,
} from '../../infrastructure/activity-catalogue.reader';
import { ActivityCatalogueView } from '../../http/catalogue.response';

@ApiTags('activity-catalogue')
@Controller('activity-catalogue')
export class GetActivityCatalogueHttpController {
  constructor(private readonly catalogue: ActivityCatalogueReader) {}

  @Get()
  @Roles('helpdesk', 'subsidy-officer', 'pillar-team:enrolment', 'admin')
  @ApiOperation({
    summary: 'The activities schools can apply for, with their sectors and amount rules',
  })
  @ApiOkResponse({
    type: ActivityCatalogueView,
    description: 'The catalogue in force; version 0 while the built-in default applies',
  })
  async get(): Promise<ActivityCatalogueResponse> {
    return this.catalogue.read();
  }
}
