import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Actor, Clock, IdParam, Roles } from '@okr/service-kit';
import { aspirantResponse, AspirantResponse } from '../../http/aspirant.response';
import { WRITERS } from '../../http/roles';
import { CertifyAspirantHandler } from './certify-aspirant.handler';
import { CertifyAspirantRequestDto } from './certify-aspirant.request.dto';

@ApiTags('aspirants')
@Controller('aspirants')
export class CertifyAspirantHttpController {
  constructor(
    private readonly handler: CertifyAspirantHandler,
    private readonly clock: Clock,
  ) {}

  @Post(':id/certification')
  @HttpCode(201)
  @Roles(...WRITERS)
  @ApiOperation({
    summary: 'Certify a selected aspirant as expert school for its approach; publishes ExpertSchoolCertified',
  })
  @ApiCreatedResponse({ type: AspirantResponse, description: 'The aspirant, now an expert school' })
  @ApiNotFoundResponse({ description: 'ASPIRANT.NOT_FOUND' })
  @ApiConflictResponse({
    description: 'ASPIRANT.INVALID_TRANSITION: not selected, or certified or dropped out',
  })
  @ApiUnprocessableEntityResponse({
    description: 'ASPIRANT.TEAM_INCOMPLETE: no teacher or no school leader; DAY.OUT_OF_ORDER',
  })
  async certify(
    @Param() { id }: IdParam,
    @Body() body: CertifyAspirantRequestDto,
    @Actor() actor: string,
  ): Promise<AspirantResponse> {
    return aspirantResponse(
      await this.handler.execute({
        aspirantId: id,
        certifiedOn: body.certifiedOn ?? this.clock.today(),
        actor,
      }),
    );
  }
}
