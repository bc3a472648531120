import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, Clock, Roles } from '@okr/service-kit';
import { contentOf } from '../../http/content.request.dto';
import { productResponse, ProductResponse } from '../../http/product.response';
import { WRITERS } from '../../http/roles';
import { CreateProductHandler } from './create-product.handler';
import { CreateProductRequestDto } from './create-product.request.dto';

@ApiTags('products')
@Controller('products')
export class CreateProductHttpController {
  constructor(
    private readonly handler: CreateProductHandler,
    private readonly clock: Clock,
  ) {}

  @Post()
  @HttpCode(201)
  @Roles(...WRITERS)
  @ApiOperation({ summary: 'Start a knowledge product as a draft (nothing is published yet)' })
  @ApiCreatedResponse({ type: ProductResponse, description: 'The draft' })
  @ApiBadRequestResponse({ description: 'REQUEST.VALIDATION_FAILED, with the failing fields' })
  async create(@Body() body: CreateProductRequestDto, @Actor() actor: string): Promise<ProductResponse> {
    const today = this.clock.today();
    const stored = await this.handler.execute({
      productType: body.productType,
      content: contentOf(body),
      createdOn: today,
      actor,
    });
    return productResponse(stored, today);
  }
}
