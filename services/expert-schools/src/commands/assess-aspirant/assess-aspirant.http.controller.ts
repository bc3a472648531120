import { Body, Controller, Param, Put } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Actor, Clock, IdParam, Roles } from '@okr/service-kit';
import { aspirantResponse, AspirantResponse } from '../../http/aspirant.response';
import { WRITERS } from '../../http/roles';
import { AssessAspirantHandler } from './assess-aspirant.handler';
import { AssessAspirantRequestDto } from './assess-aspirant.request.dto';

@ApiTags('aspirants')
@Controller('aspirants')
export class AssessAspirantHttpController {
  constructor(
    private readonly handler: AssessAspirantHandler,
    private readonly clock: Clock,
  ) {}

  @Put(':id/assessment')
  @Roles(...WRITERS)
  @ApiOperation({ summary: 'Assess an aspirant on every selection criterion, with evidence and judgement' })
  @ApiOkResponse({ type: AspirantResponse, description: 'The aspirant with its assessment' })
  @ApiNotFoundResponse({ description: 'ASPIRANT.NOT_FOUND' })
  @ApiConflictResponse({ description: 'ASPIRANT.INVALID_TRANSITION: selected or further already' })
  @ApiUnprocessableEntityResponse({
    description: 'ASPIRANT.ASSESSMENT_INCOMPLETE: a criterion missing or twice; DAY.OUT_OF_ORDER',
  })
  async assess(
    @Param() { id }: IdParam,
    @Body() body: AssessAspirantRequestDto,
    @Actor() actor: string,
  ): Promise<AspirantResponse> {
    return aspirantResponse(
      await this.handler.execute({
        aspirantId: id,
        assessedOn: body.assessedOn ?? this.clock.today(),
        criteria: body.criteria,
        actor,
      }),
    );
  }
}
