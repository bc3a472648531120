import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles, BrinParam } from '@okr/service-kit';
import { AggregateStore } from '@okr/messaging';
import type { SchoolState } from '../../domain/school.entity';
import { schoolResponse, SchoolResponse } from '../../http/school.response';
import { streams } from '../../infrastructure/enrolment.aggregates';

@ApiTags('schools')
@Controller('schools')
export class GetSchoolHttpController {
  constructor(private readonly store: AggregateStore) {}

  @Get(':brin')
  @Roles('helpdesk', 'subsidy-officer', 'pillar-team:enrolment', 'admin')
  @ApiOperation({ summary: "A school's profile" })
  @ApiOkResponse({ type: SchoolResponse, description: 'The school' })
  @ApiNotFoundResponse({ description: 'SCHOOL.NOT_REGISTERED' })
  async get(@Param() { brin }: BrinParam): Promise<SchoolResponse> {
    return schoolResponse(await this.store.require<SchoolState>(streams.school(brin)));
  }
}
