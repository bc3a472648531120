import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Actor, Clock, IdParam, Roles } from '@okr/service-kit';
import { factDay } from '../../http/fact-days';
import { productResponse, ProductResponse } from '../../http/product.response';
import { WRITERS } from '../../http/roles';
import { SubmitProductHandler } from './submit-product.handler';
import { SubmitProductRequestDto } from './submit-product.request.dto';

@ApiTags('products')
@Controller('products')
export class SubmitProductHttpController {
  constructor(
    private readonly handler: SubmitProductHandler,
    private readonly clock: Clock,
  ) {}

  @Post(':id/submission')
  @HttpCode(200)
  @Roles(...WRITERS)
  @ApiOperation({ summary: 'Hand the working copy to the quality committee' })
  @ApiOkResponse({ type: ProductResponse })
  @ApiBadRequestResponse({ description: 'REQUEST.VALIDATION_FAILED, e.g. a day after today' })
  @ApiNotFoundResponse({ description: 'PRODUCT.NOT_FOUND' })
  @ApiConflictResponse({ description: 'PRODUCT.IN_REVIEW, PRODUCT.NOTHING_TO_SUBMIT or PRODUCT.RETIRED' })
  @ApiUnprocessableEntityResponse({ description: 'PRODUCT.DAY_OUT_OF_ORDER' })
  async submit(
    @Param() { id }: IdParam,
    @Body() body: SubmitProductRequestDto,
    @Actor() actor: string,
  ): Promise<ProductResponse> {
    const today = this.clock.today();
    const stored = await this.handler.execute(id, factDay('submittedOn', body.submittedOn, today), actor);
    return productResponse(stored, today);
  }
}
