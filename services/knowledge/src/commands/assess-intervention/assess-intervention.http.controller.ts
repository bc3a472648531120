import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Actor, Clock, IdParam, Roles, SERVICE_CONFIG } from '@okr/service-kit';
import type { KnowledgeConfig } from '../../config/knowledge.config';
import { factDay } from '../../http/fact-days';
import { productResponse, ProductResponse } from '../../http/product.response';
import { WRITERS } from '../../http/roles';
import { AssessInterventionHandler } from './assess-intervention.handler';
import { AssessInterventionRequestDto } from './assess-intervention.request.dto';

@ApiTags('products')
@Controller('products')
export class AssessInterventionHttpController {
  constructor(
    private readonly handler: AssessInterventionHandler,
    @Inject(SERVICE_CONFIG) private readonly config: KnowledgeConfig,
    private readonly clock: Clock,
  ) {}

  @Post(':id/assessments')
  @HttpCode(201)
  @Roles(...WRITERS)
  @ApiOperation({
    summary:
      'Record an assessment of an intervention; it holds ASSESSMENT_VALID_YEARS years, then shows as expired. ' +
      'Publishes InterventionAssessed',
  })
  @ApiCreatedResponse({ type: ProductResponse, description: 'The intervention with all its assessments' })
  @ApiBadRequestResponse({ description: 'REQUEST.VALIDATION_FAILED, with the failing fields' })
  @ApiNotFoundResponse({ description: 'PRODUCT.NOT_FOUND' })
  @ApiConflictResponse({ description: 'PRODUCT.NOT_AN_INTERVENTION or PRODUCT.RETIRED' })
  async assess(
    @Param() { id }: IdParam,
    @Body() body: AssessInterventionRequestDto,
    @Actor() actor: string,
  ): Promise<ProductResponse> {
    const today = this.clock.today();
    const stored = await this.handler.execute(
      id,
      {
        evidenceLevel: body.evidenceLevel,
        assessedOn: factDay('assessedOn', body.assessedOn, today),
        assessorBody: body.assessorBody,
        ...(body.effectSize !== undefined ? { effectSize: body.effectSize } : {}),
        targetGroup: body.targetGroup,
        sectors: [...body.sectors],
        costIndication: body.costIndication,
      },
      { years: this.config.ASSESSMENT_VALID_YEARS },
      actor,
    );
    return productResponse(stored, today);
  }
}
