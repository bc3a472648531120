import { Body, Controller, HttpCode, Param, Put } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Actor, Clock, IdParam, Roles } from '@okr/service-kit';
import { contentOf, ProductContentDto } from '../../http/content.request.dto';
import { productResponse, ProductResponse } from '../../http/product.response';
import { WRITERS } from '../../http/roles';
import { EditProductHandler } from './edit-product.handler';

@ApiTags('products')
@Controller('products')
export class EditProductHttpController {
  constructor(
    private readonly handler: EditProductHandler,
    private readonly clock: Clock,
  ) {}

  @Put(':id/draft')
  @HttpCode(200)
  @Roles(...WRITERS)
  @ApiOperation({
    summary:
      'Write the working copy: the draft of a new product, or a revision of a published one (which stays visible)',
  })
  @ApiOkResponse({ type: ProductResponse })
  @ApiBadRequestResponse({ description: 'REQUEST.VALIDATION_FAILED, with the failing fields' })
  @ApiNotFoundResponse({ description: 'PRODUCT.NOT_FOUND' })
  @ApiConflictResponse({ description: 'PRODUCT.IN_REVIEW or PRODUCT.RETIRED' })
  async edit(
    @Param() { id }: IdParam,
    @Body() body: ProductContentDto,
    @Actor() actor: string,
  ): Promise<ProductResponse> {
    const stored = await this.handler.execute({ productId: id, content: contentOf(body), actor });
    return productResponse(stored, this.clock.today());
  }
}
