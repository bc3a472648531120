import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Actor, Clock, IdParam, Roles } from '@okr/service-kit';
import { factDay } from '../../http/fact-days';
import { WRITERS } from '../../http/roles';
import { UseResponse } from '../../http/use.response';
import { RecordProductUseHandler } from './record-product-use.handler';
import { RecordProductUseRequestDto } from './record-product-use.request.dto';

@ApiTags('uses')
@Controller('products')
export class RecordProductUseHttpController {
  constructor(
    private readonly handler: RecordProductUseHandler,
    private readonly clock: Clock,
  ) {}

  @Post(':id/uses')
  @HttpCode(201)
  @Roles(...WRITERS)
  @ApiOperation({
    summary: 'Record that a school used a published product effectively; publishes KnowledgeProductUsed',
  })
  @ApiCreatedResponse({ type: UseResponse })
  @ApiBadRequestResponse({ description: 'REQUEST.VALIDATION_FAILED, with the failing fields' })
  @ApiNotFoundResponse({ description: 'PRODUCT.NOT_FOUND' })
  @ApiConflictResponse({
    description:
      'PRODUCT.NOT_PUBLISHED, or USE.ALREADY_RECORDED for the same school, product, day and source',
  })
  async record(
    @Param() { id }: IdParam,
    @Body() body: RecordProductUseRequestDto,
    @Actor() actor: string,
  ): Promise<UseResponse> {
    const stored = await this.handler.execute({
      productId: id,
      brin: body.brin,
      ...(body.sector !== undefined ? { sector: body.sector } : {}),
      source: body.source,
      usedOn: factDay('usedOn', body.usedOn, this.clock.today()),
      actor,
    });
    return { ...stored.state };
  }
}
