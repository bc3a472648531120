import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles, Actor, Clock } from '@okr/service-kit';
import { schoolResponse, SchoolResponse } from '../../http/school.response';
import { RegisterSchoolHandler } from './register-school.handler';
import { registerSchoolCommand, RegisterSchoolRequestDto } from './register-school.request.dto';

@ApiTags('schools')
@Controller('schools')
export class RegisterSchoolHttpController {
  constructor(
    private readonly handler: RegisterSchoolHandler,
    private readonly clock: Clock,
  ) {}

  @Post()
  @HttpCode(201)
  @Roles('helpdesk', 'admin')
  @ApiOperation({ summary: 'Register a school; publishes SchoolRegistered' })
  @ApiCreatedResponse({
    type: SchoolResponse,
    description: 'The school as registered, with its derived equal-access flags',
  })
  @ApiConflictResponse({ description: 'SCHOOL.ALREADY_REGISTERED: a school with this BRIN exists' })
  async register(@Body() body: RegisterSchoolRequestDto, @Actor() actor: string): Promise<SchoolResponse> {
    return schoolResponse(await this.handler.execute({ ...registerSchoolCommand(body, this.clock), actor }));
  }
}
