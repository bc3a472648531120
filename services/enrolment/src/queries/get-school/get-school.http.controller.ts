import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles, BrinParam } from '@okr/service-kit';
import type { SchoolState } from '../../domain/school.entity';
import { SchoolError } from '../../domain/school.errors';
import { schoolResponse, type SchoolResponse } from '../../http/school.response';
import { EnrolmentStore } from '../../infrastructure/enrolment.store';
import { streams } from '../../infrastructure/enrolment.streams';

@ApiTags('schools')
@Controller('schools')
export class GetSchoolHttpController {
  constructor(private readonly store: EnrolmentStore) {}

  @Get(':brin')
  @Roles('helpdesk', 'subsidy-officer', 'pillar-team:enrolment', 'admin')
  @ApiOperation({ summary: "A school's profile" })
  @ApiOkResponse({ description: 'The school' })
  @ApiNotFoundResponse({ description: 'SCHOOL.NOT_REGISTERED' })
  async get(@Param() { brin }: BrinParam): Promise<SchoolResponse> {
    const school = await this.store.load<SchoolState>(streams.school(brin));
    if (!school) throw new SchoolError('SCHOOL.NOT_REGISTERED', `No school with BRIN ${brin}`, { brin });
    return schoolResponse(school);
  }
}
