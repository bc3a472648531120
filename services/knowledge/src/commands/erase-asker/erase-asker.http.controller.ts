import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Actor, Clock, IdParam, Roles, SERVICE_CONFIG } from '@okr/service-kit';
import type { KnowledgeConfig } from '../../config/knowledge.config';
import { caseResponse, CaseResponse, serviceNormOf } from '../../http/case.response';
import { ERASERS } from '../../http/roles';
import { EraseAskerHandler } from './erase-asker.handler';
import { EraseAskerRequestDto } from './erase-asker.request.dto';

@ApiTags('kennisrotonde')
@Controller('kennisrotonde/questions')
export class EraseAskerHttpController {
  constructor(
    private readonly handler: EraseAskerHandler,
    @Inject(SERVICE_CONFIG) private readonly config: KnowledgeConfig,
    private readonly clock: Clock,
  ) {}

  @Post(':id/erase-asker')
  @HttpCode(200)
  @Roles(...ERASERS)
  @ApiOperation({
    summary:
      'Erase who asked on request: their name and e-mail, and free text that names them, from every version of the case and from kept answers; the case and every count stay. Publishes nothing',
  })
  @ApiOkResponse({ type: CaseResponse, description: 'The case without the asker' })
  @ApiBadRequestResponse({ description: 'REQUEST.VALIDATION_FAILED, with the failing fields' })
  @ApiNotFoundResponse({ description: 'CASE.NOT_FOUND' })
  @ApiUnprocessableEntityResponse({ description: 'CASE.INVALID_ERASURE: a text to remove is too short' })
  @ApiServiceUnavailableResponse({
    description:
      'CASE.ERASURE_PENDING: earlier versions wait for the relay (Kafka unreachable); repeat the request to finish',
  })
  async erase(
    @Param() { id }: IdParam,
    @Body() body: EraseAskerRequestDto,
    @Actor() actor: string,
  ): Promise<CaseResponse> {
    const today = this.clock.today();
    const stored = await this.handler.execute({
      caseId: id,
      erasedOn: today,
      ...(body.alsoRemove !== undefined ? { texts: body.alsoRemove } : {}),
      actor,
    });
    return caseResponse(stored, serviceNormOf(this.config), today);
  }
}
