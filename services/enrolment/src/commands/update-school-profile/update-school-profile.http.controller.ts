import { Body, Controller, Param, Patch } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles, BrinParam, Actor } from '@okr/service-kit';
import { schoolResponse, SchoolResponse } from '../../http/school.response';
import { UpdateSchoolProfileHandler } from './update-school-profile.handler';
import { UpdateSchoolProfileRequestDto } from './update-school-profile.request.dto';

@ApiTags('schools')
@Controller('schools')
export class UpdateSchoolProfileHttpController {
  constructor(private readonly handler: UpdateSchoolProfileHandler) {}

  @Patch(':brin')
  @Roles('helpdesk', 'admin')
  @ApiOperation({
    summary: "Change a school's profile; publishes SchoolProfileUpdated when something changed",
  })
  @ApiOkResponse({ type: SchoolResponse, description: 'The school after the change' })
  @ApiNotFoundResponse({ description: 'SCHOOL.NOT_REGISTERED' })
  async update(
    @Param() { brin }: BrinParam,
    @Body() body: UpdateSchoolProfileRequestDto,
    @Actor() actor: string,
  ): Promise<SchoolResponse> {
    return schoolResponse(await this.handler.execute(brin, body, actor));
  }
}
